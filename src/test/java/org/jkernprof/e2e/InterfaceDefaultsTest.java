package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.InterfaceDefaults;

/** Default, static and private interface methods. */
class InterfaceDefaultsTest extends ValidationTestBase {
  InterfaceDefaultsTest() {
    super(InterfaceDefaults.class);
  }
}
