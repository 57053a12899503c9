package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jkernprof.JKernprof;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;

/**
 * What the line events of {@link KnownCosts#lines} cost while the JIT warms the method up, in one
 * run with everything recorded: the wall time per call of each batch of the warm-up (compiled code
 * is the last batches' speed), and the time the report charges the warm-up beyond what its calls
 * would have cost at the speed of the calls after it, as a share of the whole run's reported time.
 * Run under the agent, with the agent jar on the class path for its reader of results:
 *
 * <pre>
 * java KNOWN_COSTS_JVM_OPTIONS [-XX:+PrintCompilation] -javaagent:AGENT=output=F,quiet \
 *     -cp AGENT:benchmarks.jar org.jkernprof.bench.WarmUpBatches FOLDER
 * </pre>
 */
public final class WarmUpBatches {
  private static final int BATCHES = 100;
  private static final int BATCH_CALLS = 1_000;
  private static final int CALLS_AFTER = 1_000_000;

  private WarmUpBatches() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    StringBuilder batches = new StringBuilder("wall ns per call, batches of " + BATCH_CALLS + ":");
    long x = 1;
    for (int b = 0; b < BATCHES; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < BATCH_CALLS; i++) {
        x = KnownCosts.lines(x);
      }
      batches.append(String.format(Locale.ROOT, " %.0f", (System.nanoTime() - start) / 1e3));
    }
    JKernprof.dump(folder.resolve("warm-up.lprof"));
    for (int i = 0; i < CALLS_AFTER; i++) {
      x = KnownCosts.lines(x);
    }
    JKernprof.dump(folder.resolve("all.lprof"));
    double warmUp = reportedNanos(folder.resolve("warm-up.lprof"));
    double all = reportedNanos(folder.resolve("all.lprof"));
    double steadyPerCall = (all - warmUp) / CALLS_AFTER;
    double extra = warmUp - steadyPerCall * BATCHES * BATCH_CALLS;
    System.out.println(batches);
    System.out.printf(
        Locale.ROOT,
        "warm-up of %d calls: reported %.1f ms, %.1f ms at the speed of the %d calls after it:"
            + " %.1f ms more, %.2f %% of the run's reported %.1f ms (%d)%n",
        BATCHES * BATCH_CALLS,
        warmUp / 1e6,
        steadyPerCall * BATCHES * BATCH_CALLS / 1e6,
        CALLS_AFTER,
        extra / 1e6,
        100 * extra / all,
        all / 1e6,
        x & 1);
  }

  private static double reportedNanos(Path results) throws IOException {
    long total = 0;
    for (MethodProfile method : LprofReader.read(results).methods()) {
      total += method.methodName().equals("lines") ? method.totalNanos() : 0;
    }
    return total;
  }
}
