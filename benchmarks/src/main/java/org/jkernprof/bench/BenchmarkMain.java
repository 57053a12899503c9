package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures what the agent costs and prints one table: per line event and per call (each beside one
 * {@code System.nanoTime()} of the same run), two profiled threads against one, the agent's
 * start-up beside JaCoCo's, how fast classes are transformed, and how long {@code jkernprof view}
 * takes on the results of 10,000 methods. Then, for lines of known cost ({@link KnownCosts}), how
 * true the report's times are: the truth, the measured times and the corrected ones; and which
 * allocated bytes per line are the same in every run ({@link EscapeAnalysisRuns}), and how often
 * {@code jkernprof diff} calls a time change of unchanged code real ({@link DiffNoise}) and from
 * what size it marks a real one ({@link DiffPower}).
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--only PART,...]}, where
 * the parts are {@code line, call, threads, startup, transform, view, html, truth, library,
 * allocation, noise, power}. The jars it needs are found next to this one in the build tree; see
 * {@link BenchmarkInputs}.
 */
public final class BenchmarkMain {
  private static final List<String> PARTS =
      List.of(
          "line",
          "call",
          "threads",
          "startup",
          "transform",
          "view",
          "html",
          "truth",
          "library",
          "allocation",
          "noise",
          "power");

  /** At most 2 ns per line event for a counting probe, about what JaCoCo's probes cost. */
  private static final double COUNTING_TARGET_NS = 2.0;

  /** At most 1.5 clock reads added per line event. */
  private static final double LINE_TARGET = 1.5;

  /** At most 2.5 clock reads added per call in function-level mode. */
  private static final double CALL_TARGET = 2.5;

  /** Two profiled threads do at least 1.8 times the work of one. */
  private static final double THREADS_TARGET = 1.8;

  /** The view of 10,000 methods takes under 2 seconds. */
  private static final double VIEW_TARGET_MILLIS = 2000;

  /** The HTML page of 10,000 methods opens in Chromium in under 2 seconds. */
  private static final double PAGE_TARGET_MILLIS = 2000;

  /** Every corrected line's share is within 5 percentage points of its true share. */
  private static final double SHARE_TARGET_POINTS = 5;

  /** A whole library with every method profiled by the sampled timer: at most twice as slow. */
  private static final double LIBRARY_TARGET = 2.0;

  /** Of async-profiler's top 15 lines, at least 12 among the sampled timer's top 15. */
  private static final int SHARED_TOP_TARGET = 12;

  /** The median total variation distance of hot methods' line shares. */
  private static final double SPREAD_TARGET = 0.15;

  /**
   * Of unchanged lines diffed with several runs a side, at most 10 % marked as a real change (a 95
   * % test would mark about 5 %).
   */
  private static final double FALSE_ALARM_TARGET_PERCENT = 10;

  /** With several runs a side, a line made this many times slower is marked as a real change. */
  private static final double POWER_TARGET_FACTOR = 1.5;

  private final boolean quick;
  private final BenchmarkInputs inputs;
  private final Path work;
  private final CostTable table = new CostTable();
  private final List<String> loads = new ArrayList<>();
  private String truthTable = "";
  private String libraryTables = "";
  private String allocationTable = "";
  private String noiseTable = "";
  private String powerTable = "";
  private boolean failed;

  private BenchmarkMain(boolean quick, BenchmarkInputs inputs, Path work) {
    this.quick = quick;
    this.inputs = inputs;
    this.work = work;
  }

  public static void main(String[] args) throws IOException {
    boolean quick = false;
    Set<String> parts = new LinkedHashSet<>(PARTS);
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].equals("--only") && i + 1 < args.length) {
        parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
        if (!PARTS.containsAll(parts)) {
          usage("unknown part in --only " + args[i] + "; the parts are " + PARTS);
        }
      } else {
        usage("unknown argument " + args[i]);
      }
    }
    BenchmarkInputs inputs;
    try {
      inputs = BenchmarkInputs.find();
    } catch (IllegalStateException e) {
      System.err.println("benchmarks: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path work = Files.createTempDirectory("jkernprof-bench");
    BenchmarkMain main = new BenchmarkMain(quick, inputs, work);
    String startLoad = Machine.loadAverageText();
    try {
      for (String part : parts) {
        main.measure(part);
      }
    } finally {
      deleteTree(work);
    }
    System.out.println();
    System.out.println(
        "jkernprof cost, "
            + LocalDate.now()
            + (quick ? " (--quick)" : "")
            + ": "
            + Machine.describe());
    System.out.println();
    System.out.print(main.table.render());
    System.out.println();
    System.out.print(main.truthTable);
    System.out.print(main.libraryTables);
    System.out.print(main.allocationTable);
    System.out.print(main.noiseTable);
    System.out.print(main.powerTable);
    System.out.println(
        "Load average (1 min): "
            + startLoad
            + " at the start; at the start of each part: "
            + String.join(", ", main.loads)
            + "; "
            + Machine.loadAverageText()
            + " at the end.");
    if (main.failed) {
      System.exit(1);
    }
  }

  private static void usage(String problem) {
    System.err.println(
        "benchmarks: "
            + problem
            + "\nusage: java -jar benchmarks/target/benchmarks.jar [--quick] [--only PART,...]");
    System.exit(2);
  }

  private void measure(String part) {
    loads.add(part + " " + Machine.loadAverageText());
    try {
      switch (part) {
        case "line":
          lineEvents();
          break;
        case "call":
          calls();
          break;
        case "threads":
          threads();
          break;
        case "startup":
          startup();
          break;
        case "transform":
          transform();
          break;
        case "view":
          view();
          break;
        case "html":
          html();
          break;
        case "truth":
          truth();
          break;
        case "library":
          library();
          break;
        case "allocation":
          allocation();
          break;
        case "noise":
          noise();
          break;
        case "power":
          power();
          break;
        default:
          throw new IllegalArgumentException(part);
      }
    } catch (RunnerException | IOException | RuntimeException e) {
      fail(part, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(part, e);
    }
  }

  private void fail(String part, Exception e) {
    failed = true;
    System.err.println("benchmarks: " + part + " failed: " + e);
    table.failed(part, e.getMessage() == null ? e.toString() : firstLine(e.getMessage()));
  }

  private String lineAgent() {
    return "-javaagent:" + inputs.agentJar + "=output=" + work.resolve("bench.lprof") + ",quiet";
  }

  private void lineEvents() throws RunnerException {
    Map<String, Double> line = jmh(LineEventBenchmark.class, lineAgent());
    double clock = line.get("nanoTime");
    double perEvent = (line.get("profiledLoop") - line.get("plainLoop")) / Lines.LINE_EVENTS;
    table.info("one System.nanoTime() (line-mode JVM)", ns(clock));
    table.target(
        "line mode: added per line event",
        ns(perEvent),
        "≤ " + LINE_TARGET + " x nanoTime()",
        times(perEvent / clock) + " nanoTime()",
        perEvent / clock <= LINE_TARGET);
    probeKinds();
  }

  /**
   * The counting probes of {@code --timer=sampled} beside the clock probes, on the same loop in the
   * same JVM (one with the agent, whose jar holds the probes' runtime).
   */
  private void probeKinds() throws RunnerException {
    Map<String, Double> kinds = jmh(ProbeKindsBenchmark.class, lineAgent());
    double none = kinds.get("noProbes");
    double clockProbe = (kinds.get("clockProbes") - none) / Lines.LINE_EVENTS;
    double counting = (kinds.get("countingProbes") - none) / Lines.LINE_EVENTS;
    table.info("clock probe: added per line event (same loop, no agent probes)", ns(clockProbe));
    table.target(
        "counting probe (--timer=sampled): added per line event",
        CostTable.format("%.2f ns", counting),
        "≤ " + ns(COUNTING_TARGET_NS),
        times(counting / clockProbe) + " clock probe",
        counting <= COUNTING_TARGET_NS);
  }

  private void calls() throws RunnerException {
    String functionAgent =
        "-javaagent:"
            + inputs.agentJar
            + "=mode=function,output="
            + work.resolve("bench.prof")
            + ",quiet";
    Map<String, Double> plain = jmh(CallBenchmark.class, null);
    Map<String, Double> profiled = jmh(CallBenchmark.class, functionAgent);
    // In the profiled JVM every method is profiled, the nanoTime() benchmark and JMH's own
    // Blackhole too: the clock is measured in the plain JVM, and each operation makes CALLS calls
    // of step(), one of loop() and one of Blackhole.consume().
    double clock = plain.get("nanoTime");
    double perCall = (profiled.get("callLoop") - plain.get("callLoop")) / (Calls.CALLS + 2);
    table.info("one System.nanoTime() (plain JVM)", ns(clock));
    table.target(
        "function mode: added per call",
        ns(perCall),
        "≤ " + CALL_TARGET + " x nanoTime()",
        times(perCall / clock) + " nanoTime()",
        perCall / clock <= CALL_TARGET);
  }

  /**
   * Other work on the machine can only slow an iteration down, and with two threads on two cores
   * any of it does: each thread count is taken at its best iteration, the closest to what the
   * machine alone gives.
   */
  private void threads() throws RunnerException {
    Map<String, Double> one = bestIterations(ThreadScalingBenchmark.class, 1);
    Map<String, Double> two = bestIterations(ThreadScalingBenchmark.class, 2);
    double profiled = two.get("profiledLoop") / one.get("profiledLoop");
    double plain = two.get("plainLoop") / one.get("plainLoop");
    table.target(
        "2 threads / 1 thread, line-profiled loop",
        CostTable.format(
            "%.3f / %.3f ops/µs (best iterations)",
            two.get("profiledLoop"), one.get("profiledLoop")),
        "≥ " + THREADS_TARGET + " x",
        times(profiled),
        profiled >= THREADS_TARGET);
    table.info(
        "2 threads / 1 thread, same loop unprofiled",
        CostTable.format(
            "%.2f / %.2f ops/µs = %s (best iterations)",
            two.get("plainLoop"), one.get("plainLoop"), times(plain)));
  }

  private void startup() {
    int rounds = quick ? 8 : 20;
    StartupComparison.Result r = new StartupComparison(inputs, work).run(rounds);
    double ours = r.jkernprofMillis - r.plainMillis;
    double jacoco = r.jacocoMillis - r.plainMillis;
    table.info(
        "start-up: plain java -jar hello.jar",
        CostTable.format("%.0f ms (median of %d)", r.plainMillis, r.runs));
    table.info("start-up: extra with JaCoCo 0.8.15 agent", CostTable.format("%.0f ms", jacoco));
    table.target(
        "start-up: extra with jkernprof agent",
        CostTable.format("%.0f ms", ours),
        "≤ JaCoCo's",
        times(ours / jacoco) + " JaCoCo's",
        ours <= jacoco);
  }

  private void transform() {
    int passes = quick ? 3 : 8;
    TransformThroughput throughput = new TransformThroughput(inputs, work);
    String[][] modes = {
      {"scan", "transform: line mode, no @Profile (quick scan)"},
      {"line-all", "transform: line mode, include ** (all methods)"},
      {"function-all", "transform: function mode (all methods)"},
    };
    for (String[] mode : modes) {
      TransformThroughput.Result r = throughput.run(mode[0], passes);
      table.info(
          mode[1],
          CostTable.format(
              "%,.0f classes/s (first pass %,.0f); %,d of %,d classes rewritten",
              r.warmClassesPerSecond(), r.coldClassesPerSecond(), r.changed, r.classes));
    }
  }

  private void view() {
    int runs = quick ? 3 : 5;
    ViewTiming.Result r = new ViewTiming(inputs, work).run(runs);
    String methods = CostTable.format("%,d methods", LargeResults.METHODS);
    table.target(
        "view: " + methods + ", sources not found",
        CostTable.format("%.2f s (median of %d)", r.withoutSourcesMillis / 1000, runs),
        "< 2 s",
        times(r.withoutSourcesMillis / VIEW_TARGET_MILLIS) + " target",
        r.withoutSourcesMillis < VIEW_TARGET_MILLIS);
    table.target(
        "view: " + methods + ", with sources (" + LargeResults.CLASSES + " files)",
        CostTable.format("%.2f s (median of %d)", r.withSourcesMillis / 1000, runs),
        "< 2 s",
        times(r.withSourcesMillis / VIEW_TARGET_MILLIS) + " target",
        r.withSourcesMillis < VIEW_TARGET_MILLIS);
  }

  /**
   * The HTML report of 10,000 methods: line results with their sources, and sampled function
   * results with 50,000 stacks; each page written by {@code jkernprof view --html}, then opened in
   * headless Chromium until drawn.
   */
  private void html() throws IOException, InterruptedException {
    int runs = quick ? 3 : 5;
    HtmlTiming.Result r = new HtmlTiming(inputs, work).run(runs);
    String methods = CostTable.format("%,d methods", LargeResults.METHODS);
    table.info(
        "html: write the pages (jkernprof view --html)",
        CostTable.format(
            "%.2f s lines (%.1f MB), %.2f s calls (%.1f MB); medians of %d",
            r.writeLinesMillis / 1000,
            r.linesPageBytes / 1e6,
            r.writeCallsMillis / 1000,
            r.callsPageBytes / 1e6,
            runs));
    table.target(
        "html: open the line page of " + methods + " in Chromium",
        CostTable.format("%.2f s (median of %d)", r.openLinesMillis / 1000, runs),
        "< 2 s",
        times(r.openLinesMillis / PAGE_TARGET_MILLIS) + " target",
        r.openLinesMillis < PAGE_TARGET_MILLIS);
    table.target(
        "html: open the call page of "
            + methods
            + CostTable.format(", %,d stacks", LargeCallResults.STACKS),
        CostTable.format("%.2f s (median of %d)", r.openCallsMillis / 1000, runs),
        "< 2 s",
        times(r.openCallsMillis / PAGE_TARGET_MILLIS) + " target",
        r.openCallsMillis < PAGE_TARGET_MILLIS);
  }

  /**
   * The truth and the profiled run are compared only if the machine was as fast in both, the truth
   * is consistent and the profiled run steady ({@link TruthComparison.Result#comparable}, within 10
   * %); else they run again, three times at most.
   */
  private void truth() {
    TruthComparison comparison = new TruthComparison(inputs, work);
    TruthComparison.Result r = null;
    int attempts = 0;
    while (attempts < 3 && (r == null || !r.comparable(0.10))) {
      r = comparison.run(quick ? 500_000 : 2_000_000);
      attempts++;
    }
    double corrected = r.corrected.maxShareError(r.truth);
    table.info(
        "known-cost lines: costliest line's code unprofiled",
        CostTable.format(
            "%.1f ns (truth run), %.1f ns (profiled run); the whole method %.1f ns in the truth"
                + " run; profiled rounds %.1f ns per call at best, %.1f on average%s",
            r.truthReference,
            r.profiledReference,
            r.truthMethod,
            r.fastestRound,
            r.averageRound,
            r.comparable(0.10) ? "" : " (not comparable after 3 attempts: machine too busy)"));
    table.info(
        "known-cost lines: measured times, max share error",
        CostTable.format("%.1f points", r.raw.maxShareError(r.truth)));
    table.target(
        "known-cost lines: corrected times, max share error",
        CostTable.format("%.1f points", corrected),
        "≤ " + SHARE_TARGET_POINTS + " points",
        r.corrected.note.isEmpty() ? "not corrected" : r.corrected.note,
        corrected <= SHARE_TARGET_POINTS);
    truthTable =
        "Known-cost lines (KnownCosts), per line: the truth measured without the agent, the"
            + " report's measured times and its corrected ones\n\n"
            + r.render()
            + "\n";
  }

  /**
   * A whole library (jsoup) with every method selected, beside JaCoCo, JFR and async-profiler in
   * the same run; then the sampled timer's lines beside async-profiler's, and its hits beside the
   * clock timer's.
   */
  private void library() {
    WholeLibrary library = new WholeLibrary(inputs, work);
    WholeLibrary.Result r = library.run(quick ? 3 : 5, quick ? 15 : 40);
    WholeLibrary.Configuration sampled = r.named("jkernprof -l --timer=sampled (1 ms)");
    WholeLibrary.Configuration jacoco = r.named("JaCoCo 0.8.15 agent (coverage probes)");
    table.target(
        "whole library (jsoup): --timer=sampled, every method",
        CostTable.format("%.2f x plain (JaCoCo %.2f x)", r.loopRatio(sampled), r.loopRatio(jacoco)),
        "≤ " + LIBRARY_TARGET + " x plain",
        "median of " + r.runs.get(sampled).size() + " interleaved runs",
        r.loopRatio(sampled) <= LIBRARY_TARGET);
    List<String> compare =
        ChildProcess.command(
            ChildProcess.java(),
            "-cp",
            inputs.agentClassPath(),
            LineAgreement.class.getName(),
            library.sampledResults.toString(),
            work.resolve("library-clock.lprof").toString(),
            library.asyncProfilerRecording.toString());
    LineAgreement.Result a =
        LineAgreement.parse(ChildProcess.run(compare, work, true).checkedOutput(compare));
    table.target(
        "whole library: top " + LineAgreement.TOP + " lines shared with async-profiler",
        Integer.toString(a.sharedTop),
        "≥ " + SHARED_TOP_TARGET,
        "",
        a.sharedTop >= SHARED_TOP_TARGET);
    table.target(
        "whole library: hot methods' line shares, distance to async-profiler's",
        CostTable.format("%.3f (median of %d methods)", a.medianDistance, a.methodsCompared),
        "≤ " + SPREAD_TARGET,
        "",
        a.medianDistance <= SPREAD_TARGET);
    table.target(
        "whole library: lines whose hits differ, sampled vs clock timer",
        CostTable.format("%d of %,d", a.linesWithOtherHits, a.linesCompared),
        "0",
        "",
        a.linesWithOtherHits == 0);
    libraryTables =
        "Whole library: jsoup parsing, querying and writing "
            + r.pages
            + " javadoc pages, every jsoup method selected; medians, ratios to the plain JVM of"
            + " the same run\n\n"
            + r.render()
            + "\nThe sampled timer's lines beside async-profiler's (cpu, 1 ms), same workload\n\n"
            + a.detail
            + "\n";
  }

  /**
   * {@link EscapeAnalysisRuns}: allocated bytes of a line whose array escape analysis can remove
   * and of one whose allocation escapes, in interleaved runs of three JVM configurations.
   */
  private void allocation() {
    int runs = quick ? 3 : 5;
    EscapeAnalysisRuns.Result r = new EscapeAnalysisRuns(inputs, work).run(runs);
    int otherHits = r.linesWithOtherHits();
    table.target(
        "allocation (EscapeWorkload, -l -m): lines whose hits differ between runs",
        CostTable.format("%d of 2", otherHits),
        "0",
        runs + " runs of each of " + EscapeAnalysisRuns.CONFIGURATIONS.size() + " JVMs",
        otherHits == 0);
    allocationTable =
        "Allocated bytes per line (EscapeWorkload, jkernprof -l -m), "
            + runs
            + " interleaved runs of each JVM\n\n"
            + r.render()
            + "\n";
  }

  /**
   * {@link DiffNoise}: diffs of unchanged jsoup runs, one and several runs a side, for each timer;
   * the lines that matter are those with at least 1 ms per run on both sides.
   */
  private void noise() {
    int runs = quick ? 4 : 6;
    DiffNoise.Result r = new DiffNoise(inputs, work).run(runs, quick ? 3 : 6);
    int half = runs / 2;
    for (DiffNoise.Timer timer : DiffNoise.TIMERS) {
      NoiseTally several = r.of(timer.name, half, false).matter;
      table.target(
          CostTable.format(
              "diff, unchanged jsoup, %s, %d runs a side: lines ≥ 1 ms marked as a real change",
              timer.name, half),
          CostTable.format("%,d of %,d", several.alarms, several.lines),
          "≤ " + CostTable.format("%.0f %%", FALSE_ALARM_TARGET_PERCENT),
          CostTable.format("%.1f %%", several.alarmPercent()),
          several.alarmPercent() <= FALSE_ALARM_TARGET_PERCENT);
    }
    NoiseTally sampledOne = r.of("sampled", 1, false).matter;
    table.info(
        "diff, unchanged jsoup, sampled, 1 run a side: lines ≥ 1 ms marked as a real change",
        CostTable.format(
            "%,d of %,d (%.1f %%)",
            sampledOne.alarms, sampledOne.lines, sampledOne.alarmPercent()));
    for (boolean raw : List.of(false, true)) {
      NoiseTally clockOne = r.of("clock", 1, raw).matter;
      table.info(
          "diff"
              + (raw ? " --raw" : "")
              + ", unchanged jsoup, clock, 1 run a side (nothing marked): lines ≥ 1 ms moved > 10 %",
          CostTable.format(
              "%,d of %,d (%.1f %%)",
              clockOne.moved10, clockOne.lines, clockOne.percent(clockOne.moved10)));
    }
    table.target(
        "diff, unchanged jsoup: lines whose hits differ between identical runs",
        CostTable.format("%,d of %,d", r.hitsChanged, r.hitsLines),
        "0",
        "run 1 against each other run, per timer",
        r.hitsChanged == 0);
    noiseTable =
        CostTable.format(
                "diff of unchanged code: jsoup over %d javadoc pages %d times, every jsoup method"
                    + " selected, %d runs of each timer in turn (median workload %.1f s clock, %.1f"
                    + " s sampled); lines that matter: ≥ 1 ms per run on both sides%n%n",
                r.pages,
                r.rounds,
                r.runsEach,
                r.medianWorkloadSeconds.get("clock"),
                r.medianWorkloadSeconds.get("sampled"))
            + r.render()
            + "\n";
  }

  /**
   * {@link DiffPower}: diffs of {@link org.jkernprof.bench.power.TunedLines} runs whose one line
   * was made slower by a known factor; is it marked, and are the unchanged lines left alone?
   */
  private void power() {
    int runs = quick ? 2 : 3;
    List<Double> factors = quick ? DiffPower.QUICK_FACTORS : DiffPower.FACTORS;
    DiffPower.Result r = new DiffPower(inputs, work).run(factors, runs);
    for (DiffNoise.Timer timer : DiffNoise.TIMERS) {
      List<PowerRow> several = r.of(timer.name, runs);
      for (PowerRow row : several) {
        if (row.factor == POWER_TARGET_FACTOR) {
          table.target(
              CostTable.format(
                  "diff, %s, %d runs a side: a line %.1fx slower marked as a real change",
                  timer.name, runs, POWER_TARGET_FACTOR),
              CostTable.format("ratio %.2f", row.tunedRatio),
              "marked",
              row.tunedMarked ? "marked" : "not marked",
              row.tunedMarked);
        }
      }
      int alarms = several.stream().mapToInt(row -> row.otherAlarms).sum();
      int others = several.stream().mapToInt(row -> row.others).sum();
      double percent = others == 0 ? 0 : 100.0 * alarms / others;
      table.target(
          CostTable.format(
              "diff, %s, %d runs a side: unchanged lines beside the slower one marked",
              timer.name, runs),
          CostTable.format("%d of %d", alarms, others),
          "≤ " + CostTable.format("%.0f %%", FALSE_ALARM_TARGET_PERCENT),
          CostTable.format("%.1f %%", percent),
          percent <= FALSE_ALARM_TARGET_PERCENT);
      for (int side : runs == 1 ? List.of(runs) : List.of(runs, 1)) {
        if (side == 1 && timer.options.isEmpty()) {
          continue;
        }
        List<String> verdicts = new ArrayList<>();
        r.of(timer.name, side).forEach(row -> verdicts.add(row.verdict()));
        table.info(
            CostTable.format(
                "diff, %s, %d run%s a side: the slower line's ratio, marked or not",
                timer.name, side, side == 1 ? "" : "s"),
            String.join("; ", verdicts));
      }
    }
    powerTable =
        CostTable.format(
                "diff of a line made slower by a known factor (TunedLines), %d runs of each factor"
                    + " and timer in turn, the same base runs for every factor (median run %.1f s"
                    + " clock, %.1f s sampled)%n%n",
                runs, r.medianRunSeconds.get("clock"), r.medianRunSeconds.get("sampled"))
            + r.render()
            + "\n";
  }

  /** Runs one benchmark class in a fork with {@code agentOption} (none if null); ns per op. */
  private Map<String, Double> jmh(Class<?> benchmark, String agentOption) throws RunnerException {
    ChainedOptionsBuilder builder =
        new OptionsBuilder()
            .include(benchmark.getName() + "\\.")
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1));
    if (agentOption != null) {
      builder = builder.jvmArgsAppend(agentOption);
    }
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : new Runner(builder.build()).run()) {
      String name = result.getParams().getBenchmark();
      scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    return scores;
  }

  /** Throughput in ops/µs of each method's best iteration, with {@code threads} threads. */
  private Map<String, Double> bestIterations(Class<?> benchmark, int threads)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(benchmark.getName() + "\\.")
            .mode(Mode.Throughput)
            .threads(threads)
            .forks(1)
            .warmupIterations(quick ? 2 : 3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 5 : 10)
            .measurementTime(TimeValue.seconds(1))
            .jvmArgsAppend(lineAgent())
            .build();
    Map<String, Double> best = new HashMap<>();
    for (RunResult result : new Runner(options).run()) {
      String name = result.getParams().getBenchmark();
      double score = 0;
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          score = Math.max(score, iteration.getPrimaryResult().getScore());
        }
      }
      best.put(name.substring(name.lastIndexOf('.') + 1), score);
    }
    return best;
  }

  private static String ns(double nanos) {
    return CostTable.format("%.1f ns", nanos);
  }

  private static String times(double ratio) {
    return CostTable.format("%.2f x", ratio);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
