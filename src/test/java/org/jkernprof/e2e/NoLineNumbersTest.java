package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method compiled without line numbers ({@code -g:none}, at test time): one warning,
 * nothing recorded for it, and the program behaves as without the agent.
 */
class NoLineNumbersTest extends ValidationTestBase {
  private static final String MAIN = "org.jkernprof.e2e.nolines.NoLineNumbers";

  private Path classes;

  @Override
  protected Target target() {
    Path source =
        BuildPaths.resourcesDir().resolve("nolines").resolve(MAIN.replace('.', '/') + ".java");
    classes = BuildPaths.runsDir().resolve(getClass().getSimpleName()).resolve("classes");
    TargetCompiler.withThisJdk(source, classes, "-g:none");
    return new Target(
        MAIN,
        source,
        List.of(classes, BuildPaths.annotationsClasspath()),
        BuildPaths.currentJavaHome(),
        List.of());
  }

  @Override
  protected List<String> expectedWarnings() {
    return List.of("NoLineNumbers.compute(int): it has no line numbers");
  }

  @Test
  void theTargetReallyHasNoLineNumbers() throws IOException {
    byte[] bytes = Files.readAllBytes(classes.resolve(MAIN.replace('.', '/') + ".class"));
    String constants = new String(bytes, StandardCharsets.ISO_8859_1);
    assertFalse(constants.contains("LineNumberTable"), "compiled with line numbers after all");
    assertTrue(constants.contains("Lorg/jkernprof/Profile;"), "compiled without the annotation");
  }

  @Test
  void nothingIsRecordedForIt() {
    assertTrue(recorded().isEmpty(), "recorded: " + recorded().names());
  }
}
