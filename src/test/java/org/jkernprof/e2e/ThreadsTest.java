package org.jkernprof.e2e;

import org.jkernprof.e2e.targets.Threads;

/** Many threads at once: no hit is lost. */
class ThreadsTest extends ValidationTestBase {
  ThreadsTest() {
    super(Threads.class);
  }
}
