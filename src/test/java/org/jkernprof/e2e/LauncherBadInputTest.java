package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Mistakes a user makes on the command line, through the launcher: each ends with exit code 2 and
 * one line on standard error that starts with {@code jkernprof: } and names what is wrong (usage
 * errors add one line pointing to {@code --help}), never a stack trace, and no results file.
 */
class LauncherBadInputTest {
  private static final int USER_ERROR = 2;
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(");

  private Path folder;

  @BeforeEach
  void freshFolder(TestInfo test) {
    folder = Jkernprof.freshFolder("bad-input/" + test.getTestMethod().orElseThrow().getName());
  }

  @Test
  void aJarThatDoesNotExist() {
    assertFails(null, "cannot find the jar file missing.jar", "-l", "-v", "missing.jar");
  }

  @Test
  void aTextFileNamedLikeAJar() throws IOException {
    Files.writeString(folder.resolve("x.jar"), "not a zip\n");
    assertFails(null, "x.jar is not a jar file", "-l", "-v", "x.jar");
  }

  @Test
  void aJarWithoutMainClass() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream file = Files.newOutputStream(folder.resolve("library.jar"));
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      jar.putNextEntry(new JarEntry("com/acme/Library.class"));
      jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
      jar.closeEntry();
    }
    assertFails(null, "library.jar has no Main-Class in its manifest", "-l", "-v", "library.jar");
  }

  @Test
  void aMainClassThatIsNotOnTheClassPath() throws IOException {
    Files.createDirectories(folder.resolve("classes"));
    assertFails(
        null,
        "cannot find main class com.nope.Main",
        "-l",
        "-v",
        "-cp",
        "classes",
        "com.nope.Main");
  }

  @Test
  void anUnknownOption() {
    assertFails(
        "jkernprof", "unknown option: '--bogus'", "-l", "--bogus", BuildPaths.demoJar().toString());
  }

  @Test
  void noProgram() {
    assertFails("jkernprof", "missing the program to profile", "-l", "-v");
  }

  @Test
  void aUnitOfZero() {
    assertFails(
        "jkernprof",
        "'0' is not a positive number of seconds",
        "-l",
        "-v",
        "-u",
        "0",
        BuildPaths.demoJar().toString());
  }

  @Test
  void aUnitThatIsNotANumber() throws IOException {
    Files.copy(DemoRuns.classicWithoutView().resultsFile(), folder.resolve("run.lprof"));
    assertFails(
        "jkernprof view",
        "'abc' is not a positive number of seconds",
        "view",
        "-u",
        "abc",
        "run.lprof");
  }

  @Test
  void viewOfAFileThatDoesNotExist() {
    assertFails(null, "missing.lprof", "view", "missing.lprof");
  }

  @Test
  void viewOfATruncatedFile() throws IOException {
    byte[] whole = Files.readAllBytes(DemoRuns.classicWithoutView().resultsFile());
    Files.write(folder.resolve("truncated.lprof"), Arrays.copyOf(whole, whole.length / 2));
    assertFails(null, "truncated.lprof", "view", "truncated.lprof");
  }

  @Test
  void viewOfAFileThatIsNoResultsFile() throws IOException {
    Files.writeString(folder.resolve("notes.lprof"), "my notes\n");
    assertFails(null, "notes.lprof", "view", "notes.lprof");
  }

  /**
   * Runs {@code jkernprof ARGS} and checks that it failed as a user error should.
   *
   * @param usageOf the command whose {@code --help} the usage hint names, or {@code null} when it
   *     is not a usage error and prints no hint
   * @param message a text the error line must contain
   */
  private void assertFails(String usageOf, String message, String... args) {
    Set<Path> resultsBefore = resultsFiles();
    JvmResult result = Jkernprof.run(folder, args);
    assertEquals(USER_ERROR, result.exitCode, result.describe());
    assertEquals("", result.stdout, result.describe());
    assertTrue(result.stderr.endsWith("\n"), result.describe());
    List<String> lines = List.of(result.stderr.split("\n"));
    assertTrue(lines.get(0).startsWith("jkernprof: "), result.describe());
    assertTrue(lines.get(0).contains(message), "'" + message + "' in\n" + result.describe());
    if (usageOf == null) {
      assertEquals(1, lines.size(), result.describe());
    } else {
      assertEquals(
          List.of(lines.get(0), "Try '" + usageOf + " --help' for more information."),
          lines,
          result.describe());
    }
    assertFalse(result.stderr.contains("Exception"), result.describe());
    assertFalse(STACK_FRAME.matcher(result.stderr).find(), "a stack trace\n" + result.describe());
    assertEquals(resultsBefore, resultsFiles(), "results files in " + folder);
  }

  private Set<Path> resultsFiles() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".lprof")).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
