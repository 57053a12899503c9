package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Generics;

/** Generic methods and classes, and bridge methods. */
class GenericsTest extends ValidationTestBase {
  GenericsTest() {
    super(Generics.class);
  }
}
