package org.jkernprof.e2e.targets.junit;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Two tests that wait for each other, so that with parallel execution they surely overlap. */
@Execution(ExecutionMode.CONCURRENT)
public class SideBySideChecks {
  private static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);

  @Test
  void first() throws Exception {
    BOTH_RUNNING.await(30, TimeUnit.SECONDS);
    Restock.restock(6);
  }

  @Test
  void second() throws Exception {
    BOTH_RUNNING.await(30, TimeUnit.SECONDS);
    Restock.restock(7);
  }
}
