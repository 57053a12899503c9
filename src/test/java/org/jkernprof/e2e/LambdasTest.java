package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Lambdas;

/** Block, expression and nested lambdas report into the method they are written in. */
class LambdasTest extends ValidationTestBase {
  LambdasTest() {
    super(Lambdas.class);
  }
}
