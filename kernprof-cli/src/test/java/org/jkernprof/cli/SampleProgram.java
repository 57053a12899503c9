package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jkernprof.Profile;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.testsupport.ExpectedHits;

/**
 * The small program the tests profile ({@code sample.Sample}, from the test resources), compiled
 * for real into a class folder and a runnable jar.
 */
final class SampleProgram {
  static final String MAIN_CLASS = "sample.Sample";
  static final String PROFILED_METHOD = "sample.Sample.sumOfSquares";

  private final Path classes;
  private final Path jar;
  private final Path source;

  private SampleProgram(Path classes, Path jar, Path source) {
    this.classes = classes;
    this.jar = jar;
    this.source = source;
  }

  /** Compiles the sample into {@code folder}/classes and {@code folder}/sample.jar. */
  static SampleProgram buildIn(Path folder) throws IOException {
    Path source = folder.resolve("src/sample/Sample.java");
    Files.createDirectories(source.getParent());
    try (InputStream in =
        SampleProgram.class.getResourceAsStream("/sample-program/sample/Sample.java")) {
      assertNotNull(in, "test resource sample-program/sample/Sample.java");
      Files.copy(in, source);
    }
    Path classes = Files.createDirectories(folder.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK, not a JRE");
    int status =
        javac.run(
            null,
            null,
            null,
            "--release",
            "11",
            "-cp",
            annotationsClassPath().toString(),
            "-d",
            classes.toString(),
            source.toString());
    assertEquals(0, status, "compiling " + source);
    Path jar = folder.resolve("sample.jar");
    writeJar(jar, classes, MAIN_CLASS);
    return new SampleProgram(classes, jar, source);
  }

  /** A runnable jar holding the compiled classes, with {@code mainClass} in its manifest. */
  static void writeJar(Path jar, Path classes, String mainClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (mainClass != null) {
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
          Files.copy(path, out);
          out.closeEntry();
        }
      }
    }
  }

  private static Path annotationsClassPath() {
    try {
      return Paths.get(Profile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Path classes() {
    return classes;
  }

  Path jar() {
    return jar;
  }

  /** Line number → hit count, from the {@code // hits(N)} comments in the source. */
  Map<Integer, Long> expectedHits() {
    Map<Integer, Long> hits = ExpectedHits.byLine(source);
    assertEquals(3, hits.size(), "hits(N) markers in Sample.java");
    return hits;
  }

  /** Asserts that {@code results} hold one run of {@code sumOfSquares(4)}, line by line. */
  void assertProfiledOnce(LineResults results) {
    MethodProfile method =
        results.methods().stream()
            .filter(m -> m.qualifiedName().equals(PROFILED_METHOD))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no " + PROFILED_METHOD + " in " + results.methods()));
    Map<Integer, Long> actual = new TreeMap<>();
    for (LineStats line : method.lines()) {
      actual.put(line.line(), line.hits());
    }
    for (Map.Entry<Integer, Long> expected : expectedHits().entrySet()) {
      assertEquals(
          expected.getValue(),
          actual.get(expected.getKey()),
          "hits of Sample.java line " + expected.getKey() + " in " + actual);
    }
    assertTrue(method.totalNanos() > 0, "the method's total time");
  }
}
