package org.jkernprof.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jkernprof.report.HtmlReport;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SavedSources;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.StatsOptions;
import org.jkernprof.report.StatsReportRenderer;
import org.jkernprof.report.TestsReportRenderer;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.TestProfile;

/**
 * Merges the results of every test JVM of this module, prints the report to the build log and
 * writes it to {@code REPORT_NAME} beside the results, and the HTML report to {@code HTML_NAME};
 * with {@code byTest}, also writes the report split by test to {@code BY_TEST_NAME}. Never fails
 * the build for missing results.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends ResultsMojo {
  static final String REPORT_NAME = "jkernprof-report.txt";
  static final String BY_TEST_NAME = "jkernprof-by-test.txt";

  /** The HTML report, as JaCoCo names its own: open it in a browser, from disk. */
  static final String HTML_NAME = "index.html";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * Also writes the line report split by test, one report per test, to {@code BY_TEST_NAME}. Needs
   * tests run with the {@code jkernprof-junit5} extension.
   */
  @Parameter(property = "jkernprof.byTest", defaultValue = "false")
  private boolean byTest;

  /**
   * Prints the times as measured, without subtracting the profiler's own cost that each test JVM
   * measured.
   */
  @Parameter(property = "jkernprof.raw", defaultValue = "false")
  private boolean raw;

  /**
   * Whether to save the profiled methods' source lines in each line results file (where the sources
   * are found), so that {@code jkernprof diff} pairs a later run's lines with them by their text
   * and a report shows them where the sources are not; false keeps the files free of source code.
   */
  @Parameter(property = "jkernprof.saveSourceText", defaultValue = "true")
  private boolean saveSourceText;

  @Override
  public void execute() throws MojoExecutionException {
    if (skipped()) {
      return;
    }
    boolean functionMode = functionMode();
    ResultsFiles results = resultsFiles();
    try {
      List<Path> files = results.existing();
      if (files.isEmpty()) {
        getLog()
            .info(
                "jkernprof: no results in "
                    + results.folder()
                    + " (no test JVM ran with the agent: did prepare-agent run before the tests?)");
        return;
      }
      if (functionMode) {
        FunctionResults merged = ResultsFiles.readFunctions(files);
        writeAndLog(results, files, StatsReportRenderer.render(merged, statsOptions()));
        writeHtml(results, HtmlReport.of(merged, raw));
        if (byTest) {
          getLog().info("jkernprof: byTest applies to line mode only (mode=function)");
        }
        return;
      }
      SourceResolver sources = sources();
      LineResults merged = readSavingSourceText(files, sources);
      writeAndLog(results, files, lineReport(merged, sources));
      writeHtml(results, HtmlReport.of(merged, sources, lineOptions()));
      if (byTest) {
        writeByTest(results, merged, sources);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("jkernprof: cannot read the results: " + e.getMessage());
    }
  }

  /**
   * The line results of {@code files}, summed, after the source text of their methods was saved in
   * each file, unless {@code saveSourceText} is false (so that {@code jkernprof diff} can pair a
   * later run's lines with theirs by text); a file that cannot be rewritten keeps its results
   * without the text, with a warning.
   */
  private LineResults readSavingSourceText(List<Path> files, SourceResolver sources)
      throws IOException {
    List<LineResults> all = new ArrayList<>();
    for (Path file : files) {
      LineResults read = LprofReader.read(file);
      if (!saveSourceText) {
        all.add(read);
        continue;
      }
      LineResults withText = read;
      try {
        withText = SavedSources.saveIn(file, read, sources);
      } catch (IOException e) {
        getLog()
            .warn(
                "jkernprof: could not save the source text in "
                    + file
                    + " (its results are kept without it): "
                    + e.getMessage());
      }
      all.add(withText);
    }
    return LineResults.merge(all);
  }

  private void writeAndLog(ResultsFiles results, List<Path> files, String report)
      throws IOException {
    Path reportFile = results.folder().resolve(REPORT_NAME);
    Files.write(reportFile, report.getBytes(StandardCharsets.UTF_8));
    getLog().info("jkernprof: merged " + files.size() + " results file(s) into " + reportFile);
    for (String line : report.split("\n", -1)) {
      getLog().info(line);
    }
  }

  private void writeHtml(ResultsFiles results, String page) throws IOException {
    Path pageFile = results.folder().resolve(HTML_NAME);
    Files.write(pageFile, page.getBytes(StandardCharsets.UTF_8));
    getLog().info("jkernprof: HTML report: " + pageFile);
  }

  /** Writes the split report; only its path goes to the log, since it grows with every test. */
  private void writeByTest(ResultsFiles results, LineResults merged, SourceResolver sources)
      throws IOException {
    List<TestProfile> tests = merged.tests();
    if (tests.isEmpty()) {
      getLog()
          .warn(
              "jkernprof: byTest: the results hold no tests to split by. Add the test dependency"
                  + " org.jkernprof:jkernprof-junit5 and enable JUnit's extension auto-detection"
                  + " (junit.jupiter.extensions.autodetection.enabled=true in"
                  + " src/test/resources/junit-platform.properties), or put"
                  + " @ExtendWith(JKernprofExtension.class) on the test classes");
      return;
    }
    String report = TestsReportRenderer.render(merged, sources, lineOptions());
    Path reportFile = results.folder().resolve(BY_TEST_NAME);
    Files.write(reportFile, report.getBytes(StandardCharsets.UTF_8));
    long ranProfiledCode = tests.stream().filter(t -> !t.methods().isEmpty()).count();
    getLog()
        .info(
            "jkernprof: split the results by test ("
                + tests.size()
                + (tests.size() == 1 ? " test, " : " tests, ")
                + ranProfiledCode
                + " ran profiled code) into "
                + reportFile);
  }

  private SourceResolver sources() {
    List<Path> roots = new ArrayList<>();
    project.getCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
    project.getTestCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
    Path basedir = project.getBasedir().toPath();
    return new SourceResolver(SourceResolver.searchPath(roots, basedir, Optional.empty()), basedir);
  }

  private ReportOptions lineOptions() {
    return ReportOptions.defaults().withRaw(raw);
  }

  private String lineReport(LineResults merged, SourceResolver sources) {
    if (merged.methods().isEmpty()) {
      return "No @Profile method was loaded by the tests: mark the methods to profile with"
          + " @org.jkernprof.Profile, or name them with the includes parameter.\n";
    }
    return TextReportRenderer.render(merged, sources, lineOptions());
  }

  private StatsOptions statsOptions() {
    return StatsOptions.defaults().withRaw(raw);
  }
}
