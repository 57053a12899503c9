package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.e2e.targets.Allocations;
import org.jkernprof.results.LineStats;
import org.junit.jupiter.api.Test;

/**
 * Memory counting ({@code memory}): the bytes each line allocated, known exactly from the target,
 * land on the right line, whichever thread ran it, and the hits stay exact.
 */
class MemoryTest extends ValidationTestBase {
  private static final long MIB = 1 << 20;

  MemoryTest() {
    super(Allocations.class);
  }

  @Override
  protected List<String> agentOptions() {
    return List.of("memory");
  }

  @Test
  void theResultsSayMemoryWasCounted() {
    assertTrue(run().results().hasMemory());
  }

  @Test
  void aLineThatAllocatesOneMebibyteTenTimesReportsTenMebibytes() {
    LineStats line = recorded().line("tenMebibytes", lineOf("line:tenMiB"));
    assertTrue(line.allocatedBytes() >= 10 * MIB, line.toString());
    assertTrue(line.allocatedBytes() < 11 * MIB, line.toString());
  }

  @Test
  void linesThatAllocateNothingReportNothingOrAFewBytes() {
    for (String marker : List.of("line:nothing", "line:noAllocation")) {
      LineStats line = recorded().line("tenMebibytes", lineOf(marker));
      assertTrue(line.allocatedBytes() < 1024, marker + ": " + line);
    }
  }

  @Test
  void aLineCountsWhatItsCalleesAllocate() {
    LineStats line = recorded().line("viaCallee", lineOf("line:callee"));
    assertTrue(line.allocatedBytes() >= 3 * MIB, line.toString());
    assertTrue(line.allocatedBytes() < 4 * MIB, line.toString());
  }

  @Test
  void eachThreadsAllocationLandsOnTheLineThatThreadRan() {
    long[] mebibytes = {1, 2, 4, 8};
    for (int t = 0; t < 4; t++) {
      LineStats line = recorded().line("perThread", lineOf("line:thread" + t));
      assertEquals(1, line.hits());
      assertTrue(line.allocatedBytes() >= mebibytes[t] * MIB, "thread " + t + ": " + line);
      assertTrue(line.allocatedBytes() < (mebibytes[t] + 1) * MIB, "thread " + t + ": " + line);
    }
  }

  @Test
  void theHeapInUseIsRecordedForLinesThatRan() {
    LineStats line = recorded().line("tenMebibytes", lineOf("line:tenMiB"));
    assertTrue(line.heapBytes() > 0, line.toString());
  }
}
