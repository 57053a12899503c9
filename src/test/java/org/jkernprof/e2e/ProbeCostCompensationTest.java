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
 * report must give every line its true share and ns/hit; the report of measured times must not, or
 * this program could not tell a correction from none. A third run, with {@code --timer=sampled},
 * must give every line its true share and ns/hit from samples. Isolated, so that no other test's
 * JVMs load the two cores while a run measures.
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

  @Test
  void correctedTimesGiveEveryLineItsTrueShare() {
    assertTrue(corrected.lessPerEventNanos().isPresent(), "the header says what was taken off");
    assertTrue(
        correctedTable.maxShareError() <= SHARE_POINTS,
        "largest share error " + correctedTable.maxShareError() + "\n" + correctedTable.render());
  }

  /**
   * A line of at least twice the resolution (what of a probe a line may or may not hide, the
   * header's range) is shown within 30 % or 3 ns of its truth.
   */
  @Test
  void correctedTimesOfLinesAboveTheResolutionAreWithinThirtyPercent() {
    double resolution = corrected.resolutionNanos().orElseThrow().doubleValue();
    List<String> misses = new ArrayList<>();
    for (TruthTable.Row row : correctedTable.rows()) {
      if (row.trueNanos() >= 2 * resolution && !row.nanosWithin(RELATIVE, ABSOLUTE_NANOS)) {
        misses.add("line " + row.line() + " missed its truth");
      }
    }
    assertTrue(
        misses.isEmpty(),
        String.join("; ", misses)
            + " (resolution "
            + resolution
            + " ns)\n"
            + correctedTable.render());
  }

  /**
   * A line cheaper than twice the resolution is shown within the resolution of its truth, 3 ns more
   * for the measurement's own noise; a line shown as ~0 is one of them. The issue asked for 3 ns:
   * docs/probe-cost.md shows why no subtraction can do that for lines of 5 to 15 ns, whose work
   * hides a varying part of the probe.
   */
  @Test
  void correctedTimesOfCheaperLinesAreWithinTheResolutionTheHeaderStates() {
    double resolution = corrected.resolutionNanos().orElseThrow().doubleValue();
    List<String> misses = new ArrayList<>();
    for (TruthTable.Row row : correctedTable.rows()) {
      boolean cheap = row.trueNanos() < 2 * resolution;
      if (row.nearZero() && !cheap) {
        misses.add("line " + row.line() + " shown as ~0");
      } else if (cheap && !row.nanosWithin(0, resolution / 2 + ABSOLUTE_NANOS)) {
        misses.add("line " + row.line() + " further than the resolution from its truth");
      }
    }
    assertTrue(
        misses.isEmpty(),
        String.join("; ", misses)
            + " (resolution "
            + resolution
            + " ns)\n"
            + correctedTable.render());
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
