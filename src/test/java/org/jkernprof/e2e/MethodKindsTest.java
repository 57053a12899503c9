package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.MethodKinds;

/** Static, instance and synchronized methods, and synchronized blocks. */
class MethodKindsTest extends ValidationTestBase {
  MethodKindsTest() {
    super(MethodKinds.class);
  }
}
