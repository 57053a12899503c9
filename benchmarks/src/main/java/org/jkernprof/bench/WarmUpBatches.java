package org.jkernprof.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jkernprof.JKernprof;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;

/**
 * What the line events of {@link KnownCosts#lines} are charged while the JIT warms the method up:
 * calls it in batches, saves the results after each, and prints per batch the calls so far, the
 * JVM's uptime (to match {@code -XX:+PrintCompilation}'s time stamps) and the reported time per
 * call of that batch, on standard error (the JIT prints on standard output). Run under the agent,
 * with the agent jar on the class path for its reader:
 *
 * <pre>
 * java KNOWN_COSTS_JVM_OPTIONS -XX:+PrintCompilation -javaagent:AGENT=output=F,quiet \
 *     -cp AGENT:benchmarks.jar org.jkernprof.bench.WarmUpBatches FOLDER
 * </pre>
 */
public final class WarmUpBatches {
  private static final int BATCHES = 200;
  private static final int BATCH_CALLS = 250;

  private WarmUpBatches() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    long[] uptime = new long[BATCHES];
    long x = 1;
    for (int b = 0; b < BATCHES; b++) {
      for (int i = 0; i < BATCH_CALLS; i++) {
        x = KnownCosts.lines(x);
      }
      uptime[b] = ManagementFactory.getRuntimeMXBean().getUptime();
      JKernprof.dump(folder.resolve("batch-" + b + ".lprof"));
    }
    long before = 0;
    for (int b = 0; b < BATCHES; b++) {
      long total = 0;
      for (MethodProfile method :
          LprofReader.read(folder.resolve("batch-" + b + ".lprof")).methods()) {
        total += method.methodName().equals("lines") ? method.totalNanos() : 0;
      }
      System.err.printf(
          Locale.ROOT,
          "batch %d: %d calls, uptime %d ms, %.1f ns per call (%d)%n",
          b,
          (b + 1) * BATCH_CALLS,
          uptime[b],
          (total - before) / (double) BATCH_CALLS,
          x & 1);
      before = total;
    }
  }
}
