package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.TryFinally;

/** try/finally (with javac's copies of the finally block) and try-with-resources. */
class TryFinallyTest extends ValidationTestBase {
  TryFinallyTest() {
    super(TryFinally.class);
  }
}
