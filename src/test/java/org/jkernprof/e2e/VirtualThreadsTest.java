package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.Test;

/**
 * Virtual threads on JDK 25: 100,000 of them each run a profiled method once, and every hit is
 * counted (the base class checks the hits comments). A million of them run in a 32 MiB heap in both
 * modes: the counters of threads that ended are folded into one total, not kept one per thread
 * (which took about 600 MiB in line mode, 5.6 GiB in function mode).
 */
class VirtualThreadsTest extends ValidationTestBase {
  private static final String MAIN = "org.jkernprof.e2e.jdk25.VirtualThreads";
  private static final int MILLION = 1_000_000;

  private Target target;

  @Override
  protected Target target() {
    target = Jdk25Target.compile(MAIN, getClass().getSimpleName());
    return target;
  }

  @Test
  void aMillionEndedVirtualThreadsFitInA32MiBHeapWithExactLineCounts() throws IOException {
    Path lprof = runAMillion("line", "x.lprof", List.of());

    LineResults results = LprofReader.read(lprof);
    MethodProfile work =
        results.methods().stream()
            .filter(m -> m.methodName().equals("work"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("work() not recorded: " + results.methods()));
    assertEquals(2, work.lines().size(), work.toString());
    for (LineStats line : work.lines()) {
      assertEquals(MILLION, line.hits(), work.toString());
    }
  }

  @Test
  void aMillionEndedVirtualThreadsFitInA32MiBHeapWithExactCallCounts() throws IOException {
    Path prof = runAMillion("function", "x.prof", List.of("mode=function"));

    FunctionResults results = ProfReader.read(prof);
    FunctionStats work =
        results.functions().stream()
            .filter(f -> f.methodName().equals("work"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("work() not recorded: " + results.functions()));
    assertEquals(MILLION, work.calls(), work.toString());
    assertEquals(MILLION, work.primitiveCalls(), work.toString());
  }

  /** Runs a million threads under the agent in a 32 MiB heap; returns the results file. */
  private Path runAMillion(String name, String fileName, List<String> agentOptions)
      throws IOException {
    Path dir = BuildPaths.runsDir().resolve(getClass().getSimpleName()).resolve(name);
    Files.createDirectories(dir);
    Path results = dir.resolve(fileName);
    Files.deleteIfExists(results);
    String[] options = new String[2 + agentOptions.size()];
    options[0] = "output=" + results;
    options[1] = "quiet";
    for (int i = 0; i < agentOptions.size(); i++) {
      options[2 + i] = agentOptions.get(i);
    }
    JvmResult run =
        ChildJvm.run(
            target
                .withArgs(String.valueOf(MILLION), "heap")
                .command(List.of("-Xmx32m", ProfiledRun.agentOption(options))),
            dir,
            "million");
    assertEquals(0, run.exitCode, run.describe());
    assertEquals("threads " + MILLION + " sum 3999997\n", run.stdout, run.describe());
    // The heap the program still uses is left in million.err for a look; the 32 MiB cap is the
    // bound that matters: one set of counters per ended thread would exceed it many times.
    assertTrue(run.stderr.startsWith("heap used after a full collection: "), run.describe());
    assertTrue(Files.isRegularFile(results), run.describe());
    return results;
  }
}
