package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Exceptions;

/** Exceptions caught in the method, thrown by callees, and propagating through profiled frames. */
class ExceptionsTest extends ValidationTestBase {
  ExceptionsTest() {
    super(Exceptions.class);
  }
}
