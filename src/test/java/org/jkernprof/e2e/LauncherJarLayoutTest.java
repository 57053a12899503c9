package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jkernprof.e2e.targets.EchoArgs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A jar built by Maven, {@code PROJECT/target/APP.jar}, run by a relative path: the report finds
 * the sources in {@code PROJECT/src/main/java} without {@code --source-path}, right after the run
 * and in {@code view} later, which takes the jar from the command recorded in the results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherJarLayoutTest {
  static final String JAR = "target/echo.jar";
  static final String RESULTS = "echo.jar.lprof";

  private final Target target = Target.compiledByMaven(EchoArgs.class);
  private final Map<String, Path> folders = new HashMap<>();
  private final Map<String, JvmResult> runs = new HashMap<>();

  @BeforeAll
  void profileTheJarOfEachProject() throws IOException {
    for (String project : new String[] {"my-app", "my app"}) {
      Path folder = Jkernprof.freshFolder("jar-layout/" + project.replace(' ', '_'));
      buildMavenProject(folder.resolve(project));
      folders.put(project, folder);
      // Four arguments, as the hits comments of EchoArgs expect; the first is the exit code.
      runs.put(project, Jkernprof.run(folder, "-l", "-v", project + "/" + JAR, "0", "a", "b", "c"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-app", "my app"})
  void theReportOfTheRunShowsTheSources(String project) {
    JvmResult run = runs.get(project);
    assertEquals(0, run.exitCode, run.describe());
    assertEquals(RESULTS, ProfileCommandOutput.of(run).resultsFile());
    assertShowsTheSources(ProfileCommandOutput.of(run).report(), project);
  }

  @Test
  void viewShowsTheSourcesOfTheRecordedJar() {
    assertShowsTheSources(Jkernprof.view(folders.get("my-app"), RESULTS), "my-app");
  }

  @Test
  void viewShowsTheSourcesOfARecordedJarWhosePathHasABlank() {
    assertShowsTheSources(Jkernprof.view(folders.get("my app"), RESULTS), "my app");
  }

  private void assertShowsTheSources(LineReport report, String project) {
    Path sources = folders.get(project).resolve(project).resolve("src/main/java");
    JavaSource source = JavaSource.read(sources.resolve("org/jkernprof/e2e/targets/EchoArgs.java"));
    for (LineReport.Method method : report.methods()) {
      assertEquals(Optional.empty(), method.note(), method.function());
      ReportChecks.showsItsDeclaration(method, source, folders.get(project));
      ReportChecks.hitsAsCommented(method);
    }
  }

  /** {@code project/target/echo.jar} with EchoArgs as its Main-Class, its source beside. */
  private void buildMavenProject(Path project) throws IOException {
    String classFile = EchoArgs.class.getName().replace('.', '/') + ".class";
    Path jar = project.resolve(JAR);
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EchoArgs.class.getName());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(classFile));
      out.write(Files.readAllBytes(BuildPaths.testClasses().resolve(classFile)));
      out.closeEntry();
    }
    Path source =
        project.resolve("src/main/java").resolve(BuildPaths.sourceDir().relativize(target.source));
    Files.createDirectories(source.getParent());
    Files.copy(target.source, source);
  }
}
