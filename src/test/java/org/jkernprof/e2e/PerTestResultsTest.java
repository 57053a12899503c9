package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jkernprof.e2e.targets.junit.IdleChecks;
import org.jkernprof.e2e.targets.junit.RestockChecks;
import org.jkernprof.e2e.targets.junit.RunChecks;
import org.jkernprof.e2e.targets.junit.SideBySideChecks;
import org.jkernprof.junit5.JKernprofExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Results split by test: real JUnit 5 tests run in a child JVM under the real agent, with the
 * jkernprof-junit5 extension found by JUnit's auto-detection or registered by {@code @ExtendWith};
 * {@code jkernprof view --by-test} shows each test's own hits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerTestResultsTest {
  private static final String RESTOCK = "Restock.restock(int)";
  private static final String PREPARE = "Restock.prepare()";
  private static final String LOOP_BODY = "total += i;";

  private Path folder;
  private ByTestReport split;
  private LineReport whole;

  @BeforeAll
  void runTheChecksUnderTheAgent() {
    folder = Jkernprof.freshFolder("per-test");
    JvmResult run =
        runChecks(
            folder, "checks.lprof", RestockChecks.class.getName(), IdleChecks.class.getName());
    assertEquals(0, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("tests succeeded: 6"), run.describe());
    split = viewByTest("checks.lprof");
    whole =
        Jkernprof.view(folder, "--source-path", BuildPaths.sourceDir().toString(), "checks.lprof");
  }

  @Test
  void eachTestShowsOnlyTheLinesItDrove() {
    assertEquals(3, loopHits(split.test(name(RestockChecks.class, "restocksThree()"))));
    assertEquals(5, loopHits(split.test(name(RestockChecks.class, "restocksFive()"))));
    assertEquals(1, loopHits(split.test(name(RestockChecks.class, "restocksSome(int) [1] 1"))));
    assertEquals(2, loopHits(split.test(name(RestockChecks.class, "restocksSome(int) [2] 2"))));
    assertEquals(4, loopHits(split.test(name(IdleChecks.class, "restocksFour()"))));
  }

  @Test
  void setUpMethodsCountForTheTestTheyPrepare() {
    for (String test : List.of("restocksThree()", "restocksFive()", "restocksSome(int) [1] 1")) {
      LineReport.Method prepare =
          split.test(name(RestockChecks.class, test)).report().method(PREPARE);
      assertEquals(1L, prepare.rowContaining("return 1;").hits(), test);
    }
    Set<String> functions =
        new LinkedHashSet<>(
            split.test(name(IdleChecks.class, "restocksFour()")).report().functions());
    assertEquals(Set.of(RESTOCK), functions, "IdleChecks has no @BeforeEach");
  }

  @Test
  void theTestsSharesAddUpToTheWholeRun() {
    long sum = split.tests().values().stream().mapToLong(PerTestResultsTest::loopHits).sum();
    assertEquals(15, sum);
    assertEquals(15L, whole.method(RESTOCK).rowContaining(LOOP_BODY).hits());
    assertEquals(4L, whole.method(PREPARE).rowContaining("return 1;").hits());
  }

  @Test
  void testsThatRanNoProfiledCodeAreListedApart() {
    assertEquals(List.of(name(IdleChecks.class, "touchesNothing()")), split.idle());
    assertEquals(5, split.tests().size(), split.tests().keySet().toString());
    assertTrue(split.tests().values().stream().noneMatch(ByTestReport.Part::concurrent));
  }

  @Test
  void aTestsProfiledTimeFitsInItsWallTime() {
    for (var entry : split.tests().entrySet()) {
      String times = entry.getValue().header().get(0);
      // Test time: W s, in profiled methods: P s
      String[] words = times.split(" ");
      double wall = Double.parseDouble(words[2]);
      double profiled = Double.parseDouble(words[7]);
      assertTrue(profiled <= wall && wall > 0, entry.getKey() + ": " + times);
    }
  }

  @Test
  void testsThatRanSideBySideAreMarked() {
    Path parallel = Jkernprof.freshFolder("per-test-parallel");
    JvmResult run =
        runChecks(parallel, "parallel.lprof", "--parallel", SideBySideChecks.class.getName());
    assertEquals(0, run.exitCode, run.describe());
    JvmResult view =
        Jkernprof.run(
            parallel,
            "view",
            "--by-test",
            "--source-path",
            BuildPaths.sourceDir().toString(),
            "parallel.lprof");
    assertEquals(0, view.exitCode, view.describe());
    ByTestReport report = ByTestReport.parse(view.stdout);
    ByTestReport.Part first = report.test(name(SideBySideChecks.class, "first()"));
    ByTestReport.Part second = report.test(name(SideBySideChecks.class, "second()"));
    assertTrue(first.concurrent() && second.concurrent(), view.stdout);
    // Each one's share includes what the other drove while both ran: at least its own loop.
    assertTrue(loopHits(first) >= 6 && loopHits(second) >= 7, view.stdout);
  }

  @Test
  void viewByTestOfResultsWithoutTestsSaysWhatToDo() {
    Path plain = Jkernprof.freshFolder("per-test-none");
    JvmResult run = runChecks(plain, "plain.lprof");
    assertEquals(0, run.exitCode, run.describe());
    // No test class selected, so no test began: the file has no per-test results.
    JvmResult view = Jkernprof.run(plain, "view", "--by-test", "plain.lprof");
    assertEquals(2, view.exitCode, view.describe());
    assertEquals(
        "jkernprof: plain.lprof holds no per-test results: run the tests with the"
            + " jkernprof-junit5 extension (see the README, 'Results per test')\n",
        view.stderr);
    assertEquals("", view.stdout);
  }

  private ByTestReport viewByTest(String file) {
    JvmResult view =
        Jkernprof.run(
            folder, "view", "--by-test", "--source-path", BuildPaths.sourceDir().toString(), file);
    assertEquals(0, view.exitCode, view.describe());
    assertFalse(view.stdout.isEmpty());
    return ByTestReport.parse(view.stdout);
  }

  private static long loopHits(ByTestReport.Part part) {
    Long hits = part.report().method(RESTOCK).rowContaining(LOOP_BODY).hits();
    return hits == null ? 0 : hits;
  }

  private static String name(Class<?> testClass, String method) {
    return testClass.getName() + "#" + method;
  }

  /**
   * {@code jkernprof -l -q -o RESULTS} of {@link RunChecks}, which runs the test classes {@code
   * args} name on the JUnit Platform, with the jkernprof-junit5 extension, in {@code folder}.
   */
  static JvmResult runChecks(Path folder, String results, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("-l", "-q", "-o", results, "-cp", classPath(), RunChecks.class.getName()));
    command.addAll(List.of(args));
    return Jkernprof.run(folder, command.toArray(new String[0]));
  }

  /** The targets, the annotations, the extension and the JUnit Platform with Jupiter. */
  static String classPath() {
    Set<Path> entries = new LinkedHashSet<>();
    entries.add(BuildPaths.testClasses());
    entries.add(BuildPaths.annotationsClasspath());
    for (Class<?> c :
        List.of(
            JKernprofExtension.class,
            org.junit.jupiter.api.Test.class,
            org.junit.jupiter.params.ParameterizedTest.class,
            org.junit.jupiter.engine.JupiterTestEngine.class,
            org.junit.platform.engine.TestEngine.class,
            org.junit.platform.commons.util.ReflectionUtils.class,
            org.junit.platform.launcher.Launcher.class,
            org.opentest4j.AssertionFailedError.class,
            org.apiguardian.api.API.class)) {
      entries.add(codeSource(c));
    }
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static Path codeSource(Class<?> c) {
    try {
      return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + c, e);
    }
  }
}
