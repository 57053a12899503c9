package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Switches;

/** Old, arrow, expression, string and enum switches. */
class SwitchesTest extends ValidationTestBase {
  SwitchesTest() {
    super(Switches.class);
  }
}
