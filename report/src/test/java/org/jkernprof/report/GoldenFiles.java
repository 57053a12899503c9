package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Compares rendered reports with the expected texts in {@code src/test/resources/report/expected}.
 * Run with {@code -Djkernprof.updateGolden=true} to rewrite them, then read the diff by eye. The
 * line reports are also checked against what line_profiler prints ({@link LineProfilerOracle}):
 * after rewriting, run {@code src/test/pstats/write_line_profiler_oracle.py} and the tests again.
 */
final class GoldenFiles {
  private static final String EXPECTED = "report/expected/";

  private GoldenFiles() {}

  static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean("jkernprof.updateGolden")) {
      Path file = Paths.get("src/test/resources", EXPECTED, name);
      Files.createDirectories(file.getParent());
      Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertEquals(expected(name), actual, name);
  }

  /** The text of the golden file {@code name}. */
  static String expected(String name) throws IOException {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/" + EXPECTED + name)) {
      if (in == null) {
        throw new AssertionError(
            "no golden file " + EXPECTED + name + "; run with -Djkernprof.updateGolden=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A folder of the test resources, such as {@code report/shop}. */
  static Path resourceFolder(String name) {
    try {
      return Paths.get(GoldenFiles.class.getResource("/" + name).toURI());
    } catch (Exception e) {
      throw new AssertionError("missing test resource folder " + name, e);
    }
  }
}
