package org.jkernprof.lang3suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM's program: runs every test class of one class-path root (the lang3 tests jar)
 * through the JUnit Platform and writes how each test and container ended.
 *
 * <p>Usage: {@code SuiteMain TESTS_ROOT OUTCOMES_FILE}. Test classes are those whose name ends in
 * {@code Test}, as lang3's own surefire configuration selects them. Failing tests are data, not an
 * error: the exit code is 0 once the file is written.
 */
public final class SuiteMain {
  private SuiteMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SuiteMain TESTS_ROOT OUTCOMES_FILE");
      System.exit(2);
    }
    Path root = Paths.get(args[0]);
    Path outcomesFile = Paths.get(args[1]);
    DiscoverySelector selector = DiscoverySelectors.selectClasspathRoots(Set.of(root)).get(0);
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selector)
            .filters(ClassNameFilter.includeClassNamePatterns(".*Test"))
            .build();
    Recorder recorder = new Recorder();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, recorder);
    TestOutcomes outcomes = new TestOutcomes(recorder.byId, recorder.testsInPlan);
    Files.createDirectories(outcomesFile.toAbsolutePath().getParent());
    outcomes.write(outcomesFile);
    System.out.println("lang3 suite: " + outcomes.summary());
    // Some lang3 tests leave non-daemon threads behind; the run is over, and exiting runs the
    // agent's shutdown hook that writes the results.
    System.exit(0);
  }

  /** Keeps the end of every test and container; tests may end on several threads. */
  private static final class Recorder implements TestExecutionListener {
    final Map<String, TestOutcomes.Outcome> byId = new ConcurrentHashMap<>();
    volatile int testsInPlan;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
      testsInPlan = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      byId.put(id.getUniqueId(), new TestOutcomes.Outcome(kind(id), TestOutcomes.Status.SKIPPED));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        System.out.println(
            "lang3 suite: "
                + result.getStatus()
                + " "
                + id.getUniqueId()
                + ": "
                + result.getThrowable().map(Object::toString).orElse(""));
      }
      byId.put(id.getUniqueId(), new TestOutcomes.Outcome(kind(id), status(result)));
    }

    private static TestOutcomes.Kind kind(TestIdentifier id) {
      return id.isTest() ? TestOutcomes.Kind.TEST : TestOutcomes.Kind.CONTAINER;
    }

    private static TestOutcomes.Status status(TestExecutionResult result) {
      switch (result.getStatus()) {
        case SUCCESSFUL:
          return TestOutcomes.Status.SUCCESSFUL;
        case ABORTED:
          return TestOutcomes.Status.ABORTED;
        default:
          return TestOutcomes.Status.FAILED;
      }
    }
  }
}
