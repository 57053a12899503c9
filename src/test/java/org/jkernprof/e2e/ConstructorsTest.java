package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Constructors;

/** Constructors, including the code that runs before {@code super(...)}. */
class ConstructorsTest extends ValidationTestBase {
  ConstructorsTest() {
    super(Constructors.class);
  }
}
