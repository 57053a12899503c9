package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.RecordsAndEnums;

/** Records and enums with profiled members. */
class RecordsAndEnumsTest extends ValidationTestBase {
  RecordsAndEnumsTest() {
    super(RecordsAndEnums.class);
  }
}
