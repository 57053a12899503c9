package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.ChildFirstLoading;

/** Profiled classes loaded by custom class loaders, one without a parent. */
class CustomClassLoadersTest extends ValidationTestBase {
  CustomClassLoadersTest() {
    super(ChildFirstLoading.class);
  }
}
