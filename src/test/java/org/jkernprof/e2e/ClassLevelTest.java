package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.ClassLevel;

/** {@code @Profile} on a class covers its methods and constructors, not its nested types. */
class ClassLevelTest extends ValidationTestBase {
  ClassLevelTest() {
    super(ClassLevel.class);
  }
}
