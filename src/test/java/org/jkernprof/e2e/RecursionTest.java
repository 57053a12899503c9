package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Recursion;

/** Recursion: each frame counts for itself, so hits are exact call counts. */
class RecursionTest extends ValidationTestBase {
  RecursionTest() {
    super(Recursion.class);
  }
}
