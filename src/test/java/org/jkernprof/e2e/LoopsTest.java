package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Loops;

/**
 * Loops of every kind: for, while, do-while, for-each over arrays and iterables, nested, labeled.
 */
class LoopsTest extends ValidationTestBase {
  LoopsTest() {
    super(Loops.class);
  }
}
