package org.jkernprof.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.jkernprof.bench.library.HtmlWorkload;

/**
 * The whole-library benchmarks' workload: {@link HtmlWorkload} (jsoup) over this project's javadoc,
 * made by the JDK's {@code javadoc} from the {@code results} and {@code annotations} sources, so
 * the input is real HTML that every clone can make. Shared by {@link WholeLibrary} and {@link
 * DiffNoise}.
 */
final class LibraryWorkload {
  /** The pattern that selects every method of jsoup ({@code --include}). */
  static final String EVERY_JSOUP_METHOD = "org.jsoup.**";

  private final BenchmarkInputs inputs;
  private final Path pages;

  private LibraryWorkload(BenchmarkInputs inputs, Path pages) {
    this.inputs = inputs;
    this.pages = pages;
  }

  /** Makes the pages in {@code work/library-pages}. */
  static LibraryWorkload make(BenchmarkInputs inputs, Path work) {
    Path pages = work.resolve("library-pages");
    ToolProvider javadoc =
        ToolProvider.findFirst("javadoc")
            .orElseThrow(() -> new IllegalStateException("this JDK has no javadoc tool"));
    String sources =
        inputs.sourceRoot.resolve("results/src/main/java")
            + File.pathSeparator
            + inputs.sourceRoot.resolve("annotations/src/main/java");
    StringWriter log = new StringWriter();
    PrintWriter out = new PrintWriter(log);
    int exit =
        javadoc.run(
            out,
            out,
            "-quiet",
            "-Xdoclint:none",
            "-d",
            pages.toString(),
            "-sourcepath",
            sources,
            "-subpackages",
            "org.jkernprof");
    if (exit != 0) {
      throw new IllegalStateException("javadoc failed (" + exit + "): " + log);
    }
    return new LibraryWorkload(inputs, pages);
  }

  /**
   * What follows {@code java} (and its options) or {@code jkernprof} (and its options) to run the
   * workload: {@code -cp CLASSPATH HtmlWorkload PAGES ROUNDS}, each page parsed {@code rounds}
   * times.
   */
  List<String> arguments(int rounds) {
    return List.of(
        "-cp",
        inputs.benchmarksJar + File.pathSeparator + inputs.jsoupJar,
        HtmlWorkload.class.getName(),
        pages.toString(),
        Integer.toString(rounds));
  }

  /** How many pages each round parses. */
  int pages() {
    try (Stream<Path> files = Files.walk(pages)) {
      return (int) files.filter(f -> f.toString().endsWith(".html")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workload's line of figures, among whatever the profilers printed. */
  static String figures(String output) {
    for (String line : output.split("\n")) {
      if (line.matches("\\d+ \\d+ \\d+ -?\\d+ \\d+")) {
        return line;
      }
    }
    throw new IllegalStateException("the workload printed no figures:\n" + output);
  }

  /** The checksum in the workload's figures: the same for every run of the same rounds. */
  static String checksum(String output) {
    return figures(output).split(" ")[3];
  }
}
