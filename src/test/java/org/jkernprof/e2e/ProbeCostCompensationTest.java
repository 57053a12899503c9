package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Line times corrected for the profiler's own cost tell the truth (issue 11). The benchmarks'
 * {@code KnownCosts} program, whose profiled method has lines of known cost (under 2 ns to about
 * 200 ns per hit, each a call of one worker kept out of line), runs twice with the same JVM
 * options: without the agent, where it measures what each line's code costs, and under {@code
 * jkernprof -l -v --start-disabled}, which records its calls after a warm-up, once the JIT has
 * compiled the method (docs/probe-cost.md measures what the warm-up would add). The corrected
 * report must be nearer the truth than the report of measured times, which must miss it, or this
 * program could not tell a correction from none. A third run, with {@code --timer=sampled}, must
 * give every line its true share and ns/hit from samples. Isolated, so that no other test's JVMs
 * load the two cores while a run measures.
 */
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbeCostCompensationTest {
  private static final String MAIN = "org.jkernprof.bench.KnownCosts";
  private static final String FUNCTION = "KnownCosts.lines(long)";

  /** The program's own {@code KnownCosts.JVM_OPTIONS}, which it checks it was given. */
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline," + MAIN + "::spin");

  /** Calls after the warm-up: about half a second of profiled run. */
  private static final int CALLS = 1_000_000;

  /**
   * Calls under the sampled timer: about a second, some 1,000 samples at 1 ms, so that a line of 1
   * % of the time rests on some 10 samples.
   */
  private static final int SAMPLED_CALLS = 3_000_000;

  /** The sampled timer's default interval, 1 ms, in nanoseconds. */
  private static final double SAMPLE_INTERVAL_NANOS = 1e6;

  private static final String UNIT = "1e-9";

  /** A corrected line's share is within 5 percentage points of its true share... */
  private static final double SHARE_POINTS = 5;

  /** ...and its ns/hit within 30 % of the truth, or within 3 ns. */
  private static final double RELATIVE = 0.30;

  private static final double ABSOLUTE_NANOS = 3;

  /**
   * The costliest line's code, timed again in the profiled JVM, must be within 15 % of its truth;
   * else the machine was busier during one run than the other, and the test measures again.
   */
  private static final double SAME_MACHINE_SPEED = 0.15;

  /**
   * The profiled run's rounds must take at most 10 % longer on average than its fastest: else other
   * work took a share of its time, and the lines' times with it.
   */
  private static final double STEADY_ROUNDS = 1.1;

  /** The truth of the whole method and the sum of its lines' truths differ less than this. */
  private static final double CONSISTENT_TRUTH = 0.10;

  private static final int ATTEMPTS = 4;

  private static final Pattern CALLS_LINE =
      Pattern.compile(
          "calls: \\d+ \\+ (\\d+), after the warm-up (\\d+\\.\\d) ns per call in the fastest round,"
              + " (\\d+\\.\\d) on average; reference: (\\d+\\.\\d+) ns \\(\\d\\)");

  private Run run;
  private LineReport corrected;
  private LineReport raw;
  private TruthTable correctedTable;
  private TruthTable rawTable;
  private LineReport sampled;
  private TruthTable sampledTable;

  /**
   * One measurement: the truth, then the profiled run, in a folder of its own.
   *
   * @param fastest the profiled run's fastest round, in ns per call
   * @param average its rounds' average
   * @param reference the costliest line's code, timed unprofiled in the profiled JVM
   */
  private record Run(
      Path folder,
      KnownCostTruth truth,
      ProfileCommandOutput output,
      long calls,
      double fastest,
      double average,
      double reference,
      Profiled sampled) {
    double costliestTruth() {
      return truth.lines().get(truth.lines().size() - 1).nanos();
    }

    /**
     * Whether the machine was as busy during both runs, and steadily so during the profiled one,
     * and the truth run timed the whole method as the sum of its lines.
     */
    boolean comparable() {
      return Math.abs(reference / costliestTruth() - 1) <= SAME_MACHINE_SPEED
          && average <= STEADY_ROUNDS * fastest
          && Math.abs(sampled.reference() / costliestTruth() - 1) <= SAME_MACHINE_SPEED
          && sampled.average() <= STEADY_ROUNDS * sampled.fastest()
          && Math.abs(truth.sumNanos() / truth.methodNanos() - 1) <= CONSISTENT_TRUTH;
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%s: reference %.1f ns, truth %.1f ns; rounds %.1f ns per call at best, %.1f on average;"
              + " truth of the method %.1f ns, of its lines %.1f ns",
          folder.getFileName(),
          reference,
          costliestTruth(),
          fastest,
          average,
          truth.methodNanos(),
          truth.sumNanos());
    }
  }

  /** One profiled run of the program: its output and what it printed of its rounds. */
  private record Profiled(
      ProfileCommandOutput output, long calls, double fastest, double average, double reference) {}

  @BeforeAll
  void measureTheTruthThenProfile() {
    List<String> attempts = new ArrayList<>();
    for (int attempt = 1; run == null || !run.comparable(); attempt++) {
      if (attempt > ATTEMPTS) {
        throw new AssertionError(
            "the machine was too busy to compare timings: " + String.join("; ", attempts));
      }
      run = measure(Jkernprof.freshFolder("known-costs-" + attempt));
      attempts.add(run.describe());
    }
    System.out.println("measured: " + String.join("; ", attempts));
    corrected = run.output().report();
    Path results = run.folder().resolve("known.lprof");
    raw = viewRaw(results);
    correctedTable = table("corrected (jkernprof -l -v)", corrected);
    rawTable = table("measured (jkernprof view --raw)", raw);
    sampled = run.sampled().output().report();
    sampledTable = table("sampled (jkernprof -l -v --timer=sampled)", sampled);
    System.out.println(
        correctedTable.render() + "\n" + rawTable.render() + "\n" + sampledTable.render());
  }

  /**
   * The truth without the agent, then {@code jkernprof -l -v} of the same program with each timer,
   * in {@code folder}.
   */
  private static Run measure(Path folder) {
    Path jar = BuildPaths.benchmarksJar();
    Path source = BuildPaths.benchmarksSourceRoot().resolve(MAIN.replace('.', '/') + ".java");
    Target program =
        new Target(MAIN, source, List.of(jar), BuildPaths.currentJavaHome(), List.of());
    KnownCostTruth truth =
        KnownCostTruth.parse(
            ChildJvm.run(program.withArgs("truth").command(JVM_OPTIONS), folder, "truth"));

    Profiled clock = profile(folder, jar, "known.lprof", CALLS);
    Profiled sampled = profile(folder, jar, "sampled.lprof", SAMPLED_CALLS, "--timer=sampled");
    return new Run(
        folder,
        truth,
        clock.output(),
        clock.calls(),
        clock.fastest(),
        clock.average(),
        clock.reference(),
        sampled);
  }

  /** {@code jkernprof -l -v} of the program with {@code options}, its results in {@code file}. */
  private static Profiled profile(
      Path folder, Path jar, String file, int calls, String... options) {
    // Recording starts after the warm-up: the report is of the method as the JIT compiled it.
    List<String> args = new ArrayList<>(List.of("-l", "-v", "--start-disabled", "-u", UNIT));
    args.addAll(List.of(options));
    args.addAll(List.of("-o", file));
    args.addAll(List.of("--source-path", BuildPaths.benchmarksSourceRoot().toString()));
    JVM_OPTIONS.forEach(option -> args.add("-J" + option));
    args.addAll(List.of("-cp", jar.toString(), MAIN, "profile", "" + calls));
    JvmResult profiled = Jkernprof.run(folder, args.toArray(new String[0]));
    assertEquals(0, profiled.exitCode, profiled.describe());
    // Nothing, or the agent's word that its probes took over a third of the run: this program's
    // lines are cheap.
    assertTrue(
        profiled.stderrLines().stream()
            .allMatch(
                l -> l.isEmpty() || l.startsWith("jkernprof: the profiler's own probes took")),
        profiled.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(profiled);
    Matcher m = CALLS_LINE.matcher(String.join("\n", out.programLines()));
    assertTrue(m.matches(), profiled.describe());
    return new Profiled(
        out,
        Long.parseLong(m.group(1)),
        Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)),
        Double.parseDouble(m.group(4)));
  }

  /**
   * The sampled timer (issue 13) reads no clock at the lines: every line, even one of 5 to 15 ns,
   * gets its true share within 5 points, from about a second of samples, with exact hits; and every
   * line but the first its ns/hit within 30 % or 3 ns of the truth, or within the noise of its
   * sample count (three standard deviations).
   */
  @Test
  void sampledTimesGiveEveryLineItsTrueShareAndTime() {
    assertTrue(sampled.samples().isPresent(), "the header says the times were sampled");
    assertHits(sampled, run.sampled().calls());
    assertTrue(
        sampledTable.maxShareError() <= SHARE_POINTS,
        "largest share error " + sampledTable.maxShareError() + "\n" + sampledTable.render());
    List<String> misses = new ArrayList<>();
    long calls = run.sampled().calls();
    // The first line's samples also hold the frame's entry (the call, the counting probes' fetch
    // of the thread's hit array), which the truth run does not time: its share is checked above.
    for (TruthTable.Row row : sampledTable.rows().subList(1, sampledTable.rows().size())) {
      // A line's time is its samples times 1 ms: a count with Poisson noise, its standard
      // deviation the root of the samples expected from the line's true time.
      double expectedSamples = row.trueNanos() * calls / SAMPLE_INTERVAL_NANOS;
      double shownSamples = row.reportedNanos() * calls / SAMPLE_INTERVAL_NANOS;
      boolean withinNoise =
          Math.abs(shownSamples - expectedSamples) <= 3 * Math.sqrt(expectedSamples) + 1;
      if (!row.nanosWithin(RELATIVE, ABSOLUTE_NANOS) && !withinNoise) {
        misses.add(
            String.format(
                Locale.ROOT,
                "line %d: %.0f samples, %.0f expected",
                row.line(),
                shownSamples,
                expectedSamples));
      }
    }
    assertTrue(misses.isEmpty(), String.join("; ", misses) + "\n" + sampledTable.render());
  }

  @Test
  void theTruthRunTimesTheWholeMethodAsTheSumOfItsLines() {
    double sum = run.truth().sumNanos();
    assertTrue(
        Math.abs(sum - run.truth().methodNanos()) <= CONSISTENT_TRUTH * run.truth().methodNanos(),
        String.format(
            Locale.ROOT,
            "lines %.1f ns, the whole method %.1f ns",
            sum,
            run.truth().methodNanos()));
  }

  @Test
  void everyLineHitsOncePerCallAfterTheWarmUp() {
    assertHits(corrected, run.calls());
    assertHits(raw, run.calls());
  }

  @Test
  void measuredTimesMissTheTruthByTheProbeCost() {
    assertEquals(
        Optional.empty(), raw.lessPerEventNanos(), "the measured report says it is corrected");
    assertTrue(rawTable.maxShareError() > SHARE_POINTS, rawTable.render());
    TruthTable.Row cheapest = rawTable.rows().get(0);
    assertFalse(cheapest.nanosWithin(RELATIVE, ABSOLUTE_NANOS), rawTable.render());
  }

  /**
   * The corrected report is nearer the truth than the measured one: its largest share error is
   * smaller, no line is charged more than it measured, and the costliest line (three quarters of
   * the time) is within 30 % of its truth.
   *
   * <p>How near, line by line, is measured by {@code java -jar benchmarks/target/benchmarks.jar
   * --only truth}, not asserted here: on this project's shared two-core VM the part of a probe a
   * cheap line hides changes between JVMs and over minutes (the build of the commit before the
   * counting probes does the same), so that the calibration at exit and the program's own lines may
   * see different machines. Runs of this test and of the benchmark read corrected share errors of
   * 0.7 to 9.9 points on unchanged code (docs/probe-cost.md, "A machine that changes its mind");
   * the sampled timer's are within 2 (above).
   */
  @Test
  void correctedTimesAreNearerTheTruthThanMeasuredOnes() {
    assertTrue(corrected.lessPerEventNanos().isPresent(), "the header says what was taken off");
    String tables = correctedTable.render() + "\n" + rawTable.render();
    assertTrue(correctedTable.maxShareError() < rawTable.maxShareError(), tables);
    List<TruthTable.Row> rows = correctedTable.rows();
    for (int k = 0; k < rows.size(); k++) {
      TruthTable.Row row = rows.get(k);
      assertTrue(
          row.nearZero() || row.reportedNanos() <= rawTable.rows().get(k).reportedNanos(),
          "line " + row.line() + " charged more than it measured\n" + tables);
    }
    TruthTable.Row costliest = rows.get(rows.size() - 1);
    assertTrue(costliest.nanosWithin(RELATIVE, ABSOLUTE_NANOS), tables);
  }

  private TruthTable table(String title, LineReport report) {
    return TruthTable.of(title, run.truth(), report.method(FUNCTION), report.timerUnitSeconds());
  }

  private static LineReport viewRaw(Path results) {
    return Jkernprof.view(
        results.getParent(),
        "--raw",
        "-u",
        UNIT,
        "--source-path",
        BuildPaths.benchmarksSourceRoot().toString(),
        results.toString());
  }

  private void assertHits(LineReport report, long expected) {
    for (LineReport.Row row : report.method(FUNCTION).rowsThatRan()) {
      assertEquals(expected, row.hits(), "hits of line " + row.line());
    }
    assertEquals(
        run.truth().lines().size(), report.method(FUNCTION).rowsThatRan().size(), "lines that ran");
  }
}
