package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where results go by default, and how a run is known to have written them. */
class ResultsFileTest {
  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void namesResultsAfterTheJarFileInTheWorkingFolder() throws IOException {
    Path jar =
        Files.copy(
            sample.jar(), Files.createDirectories(dir.resolve("target")).resolve("demo.jar"));
    LaunchTarget target = JarTarget.check("target/demo.jar", dir);
    ResultsFile results = ResultsFile.choose(Optional.empty(), target, ProfilingMode.LINE, dir);
    assertEquals("demo.jar.lprof", results.name());
    assertEquals(dir.resolve("demo.jar.lprof"), results.path());
    assertEquals(Optional.of(jar), target.applicationJar());
  }

  @Test
  void namesResultsAfterTheMainClassInTheWorkingFolder() {
    LaunchTarget target = MainClassTarget.check("sample.Sample", sample.classes().toString(), dir);
    ResultsFile results = ResultsFile.choose(Optional.empty(), target, ProfilingMode.LINE, dir);
    assertEquals("sample.Sample.lprof", results.name());
    assertEquals(dir.resolve("sample.Sample.lprof"), results.path());
    assertEquals(Optional.empty(), target.applicationJar());
  }

  @Test
  void namesFunctionLevelResultsDotProf() throws IOException {
    Files.copy(sample.jar(), Files.createDirectories(dir.resolve("target")).resolve("demo.jar"));
    LaunchTarget jar = JarTarget.check("target/demo.jar", dir);
    assertEquals(
        dir.resolve("demo.jar.prof"),
        ResultsFile.choose(Optional.empty(), jar, ProfilingMode.FUNCTION, dir).path());
    LaunchTarget mainClass =
        MainClassTarget.check("sample.Sample", sample.classes().toString(), dir);
    assertEquals(
        "sample.Sample.prof",
        ResultsFile.choose(Optional.empty(), mainClass, ProfilingMode.FUNCTION, dir).name());
    assertEquals(
        "mine.lprof",
        ResultsFile.choose(Optional.of("mine.lprof"), jar, ProfilingMode.FUNCTION, dir).name(),
        "-o wins, whatever its extension");
  }

  @Test
  void takesTheOutfileRelativeToTheWorkingFolder() throws IOException {
    Files.createDirectories(dir.resolve("runs"));
    LaunchTarget target = JarTarget.check(sample.jar().toString(), dir);
    ResultsFile results =
        ResultsFile.choose(
            Optional.of("runs/../runs/first.lprof"), target, ProfilingMode.LINE, dir);
    assertEquals("runs/../runs/first.lprof", results.name());
    assertEquals(dir.resolve("runs/first.lprof"), results.path());
  }

  @Test
  void knowsWhetherTheFileWasWritten() throws IOException {
    LaunchTarget target = JarTarget.check(sample.jar().toString(), dir);
    ResultsFile results =
        ResultsFile.choose(Optional.of("r.lprof"), target, ProfilingMode.LINE, dir);

    ResultsFile.Snapshot absent = results.snapshot();
    assertFalse(results.writtenSince(absent), "still absent");
    Files.write(results.path(), new byte[] {1});
    assertTrue(results.writtenSince(absent), "created");

    ResultsFile.Snapshot old = results.snapshot();
    assertFalse(results.writtenSince(old), "left alone");
    // The agent writes a temporary file and renames it over the old one.
    Path temp = Files.write(dir.resolve("r.tmp"), new byte[] {1});
    Files.move(
        temp, results.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(results.writtenSince(old), "replaced by a file of the same size");
  }
}
