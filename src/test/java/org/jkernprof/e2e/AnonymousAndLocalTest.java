package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.AnonymousAndLocal;

/** Anonymous and local classes report into the method they are written in. */
class AnonymousAndLocalTest extends ValidationTestBase {
  AnonymousAndLocalTest() {
    super(AnonymousAndLocal.class);
  }
}
