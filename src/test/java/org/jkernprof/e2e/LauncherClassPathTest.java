package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.EchoArgs;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof -l -v -cp CLASSPATH MAIN ARGS}: the program's arguments, output, standard error
 * and exit code pass through the command untouched, and the report follows its output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherClassPathTest {
  static final String ECHO = "EchoArgs.echo(String[])";
  static final String NEVER_CALLED = "EchoArgs.neverCalled()";

  /** Options of jkernprof's among them, which must reach the program all the same. */
  static final List<String> ARGUMENTS = List.of("7", "two words", "-v", "--unit=0");

  private final Target target = Target.compiledByMaven(EchoArgs.class);
  private final String resultsFile = EchoArgs.class.getName() + ".lprof";
  private Path folder;
  private JvmResult result;

  @BeforeAll
  void profileTheTarget() {
    folder = Jkernprof.freshFolder("class-path");
    List<String> command =
        new ArrayList<>(
            List.of(
                "-l",
                "-v",
                "--source-path",
                BuildPaths.sourceDir().toString(),
                "-cp",
                classPath(),
                target.mainClass));
    command.addAll(ARGUMENTS);
    result = Jkernprof.run(folder, command.toArray(String[]::new));
  }

  @Test
  void argumentsOutputAndExitCodePassThrough() {
    assertEquals(7, result.exitCode, result.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(result);
    assertEquals(
        ARGUMENTS.stream().map(a -> "arg: " + a).toList(), out.programLines(), result.describe());
    assertEquals("echoed 4 arguments\n", result.stderr, result.describe());
  }

  @Test
  void resultsAreNamedAfterTheMainClassAndHoldTheCommentedHits() throws Exception {
    assertEquals(resultsFile, ProfileCommandOutput.of(result).resultsFile());
    Path results = folder.resolve(resultsFile);
    assertTrue(Files.isRegularFile(results), result.describe());
    HitsVerifier.verify(target.source, LprofReader.read(results), target.topLevelClass());
  }

  @Test
  void theReportShowsEveryMethodWithItsSourceAndHits() {
    LineReport report = ProfileCommandOutput.of(result).report();
    assertEquals(List.of(ECHO, NEVER_CALLED), report.functions());
    JavaSource source = JavaSource.read(target.source);
    for (LineReport.Method method : report.methods()) {
      ReportChecks.showsItsDeclaration(method, source, folder);
      ReportChecks.hitsAsCommented(method);
      ReportChecks.perHitIsTimeOverHits(method);
    }
    ReportChecks.percentagesAddUpToAHundred(report.method(ECHO));
    assertEquals("0", report.method(NEVER_CALLED).totalTime());
  }

  @Test
  void viewWithSkipZeroLeavesOutTheMethodThatNeverRan() {
    LineReport all =
        Jkernprof.view(folder, "--source-path", BuildPaths.sourceDir().toString(), resultsFile);
    LineReport ran =
        Jkernprof.view(
            folder, "-z", "--source-path", BuildPaths.sourceDir().toString(), resultsFile);
    assertEquals(List.of(ECHO, NEVER_CALLED), all.functions());
    assertEquals(List.of(ECHO), ran.functions());
    assertEquals(all.method(ECHO), ran.method(ECHO));
  }

  /** The compiled targets and the annotation they use, as users pass their own classes. */
  static String classPath() {
    return BuildPaths.testClasses() + File.pathSeparator + BuildPaths.annotationsClasspath();
  }
}
