package org.jkernprof.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the agent's benchmarks and prints the cost per line event (line mode) and per call (function
 * mode), each beside the cost of one {@code System.nanoTime()} measured in the same run.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick]}; the agent jar is taken
 * from {@code -Djkernprof.agent=...} or {@code instrumenter/target/jkernprof-agent.jar}.
 */
public final class BenchmarkMain {
  /** At most 1.5 clock reads added per line event. */
  private static final double LINE_TARGET = 1.5;

  /** At most 2.5 clock reads added per call in function-level mode. */
  private static final double CALL_TARGET = 2.5;

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
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    String lineAgent =
        "-javaagent:" + agent.toAbsolutePath() + "=output=" + tmp.resolve("bench.lprof") + ",quiet";
    String functionAgent =
        "-javaagent:"
            + agent.toAbsolutePath()
            + "=mode=function,output="
            + tmp.resolve("bench.prof")
            + ",quiet";

    Map<String, Double> line = run(LineEventBenchmark.class, quick, lineAgent);
    Map<String, Double> plainCalls = run(CallBenchmark.class, quick, null);
    Map<String, Double> profiledCalls = run(CallBenchmark.class, quick, functionAgent);

    System.out.println();
    System.out.println(
        "jkernprof cost ("
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores)");
    double clock = line.get("nanoTime");
    double perEvent = (line.get("profiledLoop") - line.get("plainLoop")) / Lines.LINE_EVENTS;
    row("one System.nanoTime() (line run)", clock, "ns");
    row("line mode: added per line event", perEvent, "ns");
    verdict("line mode: per line event / nanoTime()", perEvent / clock, LINE_TARGET);

    // In the profiled JVM every method is profiled, the nanoTime() benchmark and JMH's own
    // Blackhole too: the clock is measured in the plain JVM, and each operation makes CALLS calls
    // of step(), one of loop() and one of Blackhole.consume().
    double callClock = plainCalls.get("nanoTime");
    double perCall =
        (profiledCalls.get("callLoop") - plainCalls.get("callLoop")) / (Calls.CALLS + 2);
    row("one System.nanoTime() (function run)", callClock, "ns");
    row("function mode: added per call", perCall, "ns");
    verdict("function mode: per call / nanoTime()", perCall / callClock, CALL_TARGET);
  }

  /** Runs one benchmark class in a fork with {@code agentOption} (none if null); ns per op. */
  private static Map<String, Double> run(Class<?> benchmark, boolean quick, String agentOption)
      throws RunnerException {
    ChainedOptionsBuilder builder =
        new OptionsBuilder()
            .include(benchmark.getName())
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1));
    if (agentOption != null) {
      builder = builder.jvmArgsAppend(agentOption);
    }
    Map<String, Double> nanos = new HashMap<>();
    for (RunResult result : new Runner(builder.build()).run()) {
      String name = result.getParams().getBenchmark();
      nanos.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    return nanos;
  }

  private static void verdict(String label, double ratio, double target) {
    row(label, ratio, "x");
    System.out.printf(
        Locale.ROOT,
        "%-44s %10s%n",
        "  target: at most " + target + " x",
        ratio <= target ? "met" : "MISSED");
  }

  private static void row(String label, double value, String unit) {
    System.out.printf(Locale.ROOT, "%-44s %10.2f %s%n", label, value, unit);
  }
}
