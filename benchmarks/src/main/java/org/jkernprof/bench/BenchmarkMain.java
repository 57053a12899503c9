package org.jkernprof.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the agent's benchmarks in JVMs that carry the agent and prints the cost per line event
 * beside the cost of one {@code System.nanoTime()}, measured in the same run.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick]}; the agent jar is taken
 * from {@code -Djkernprof.agent=...} or {@code instrumenter/target/jkernprof-agent.jar}.
 */
public final class BenchmarkMain {
  /** The target of the line-profiling issue: at most 1.5 clock reads per line event. */
  private static final double TARGET_RATIO = 1.5;

  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    Path agent =
        Path.of(System.getProperty("jkernprof.agent", "instrumenter/target/jkernprof-agent.jar"));
    if (!Files.isRegularFile(agent)) {
      System.err.println(
          "benchmarks: agent jar " + agent + " not found; run `mvn -q package -DskipTests` first");
      System.exit(2);
    }
    Path results = Path.of(System.getProperty("java.io.tmpdir"), "jkernprof-bench.lprof");
    Options options =
        new OptionsBuilder()
            .include(LineEventBenchmark.class.getName())
            .jvmArgsAppend("-javaagent:" + agent.toAbsolutePath() + "=output=" + results + ",quiet")
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1))
            .build();
    Collection<RunResult> runs = new Runner(options).run();
    Map<String, Double> nanos = new HashMap<>();
    for (RunResult run : runs) {
      String name = run.getParams().getBenchmark();
      nanos.put(name.substring(name.lastIndexOf('.') + 1), run.getPrimaryResult().getScore());
    }
    double clock = nanos.get("nanoTime");
    double perEvent = (nanos.get("profiledLoop") - nanos.get("plainLoop")) / Lines.LINE_EVENTS;
    double ratio = perEvent / clock;
    System.out.println();
    System.out.println(
        "jkernprof line-event cost ("
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores)");
    row("one System.nanoTime()", clock, "ns");
    row("unprofiled loop, per call", nanos.get("plainLoop"), "ns");
    row("profiled loop, per call", nanos.get("profiledLoop"), "ns");
    row("added per line event", perEvent, "ns");
    row("added per line event / nanoTime()", ratio, "x");
    System.out.printf(
        Locale.ROOT,
        "%-40s %10s%n",
        "target (at most " + TARGET_RATIO + " x)",
        ratio <= TARGET_RATIO ? "met" : "MISSED");
  }

  private static void row(String label, double value, String unit) {
    System.out.printf(Locale.ROOT, "%-40s %10.2f %s%n", label, value, unit);
  }
}
