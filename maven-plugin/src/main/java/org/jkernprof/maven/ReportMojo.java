package org.jkernprof.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.StatsOptions;
import org.jkernprof.report.StatsReportRenderer;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.ProfileResults;

/**
 * Merges the results of every test JVM of this module, prints the report to the build log and
 * writes it to {@code REPORT_NAME} beside the results. Never fails the build for missing results.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMojo {
  static final String REPORT_NAME = "jkernprof-report.txt";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The same output file as prepare-agent's. */
  @Parameter(
      property = "jkernprof.outputFile",
      defaultValue = "${project.build.directory}/jkernprof/jkernprof.lprof")
  private File outputFile;

  /** The same mode as prepare-agent's. */
  @Parameter(property = "jkernprof.mode", defaultValue = "line")
  private String mode;

  /** Skips this goal. */
  @Parameter(property = "jkernprof.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("jkernprof: skipped (jkernprof.skip)");
      return;
    }
    boolean functionMode = Mode.isFunction(mode);
    ResultsFiles results = new ResultsFiles(outputFile.toPath(), functionMode);
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
      String report = functionMode ? functionReport(files) : lineReport(files);
      Path reportFile = results.folder().resolve(REPORT_NAME);
      Files.write(reportFile, report.getBytes(StandardCharsets.UTF_8));
      getLog().info("jkernprof: merged " + files.size() + " results file(s) into " + reportFile);
      for (String line : report.split("\n", -1)) {
        getLog().info(line);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("jkernprof: cannot read the results: " + e.getMessage());
    }
  }

  private String lineReport(List<Path> files) throws IOException {
    List<ProfileResults> all = new ArrayList<>();
    for (Path file : files) {
      all.add(LprofReader.read(file));
    }
    ProfileResults merged = ProfileResults.merge(all);
    if (merged.methods().isEmpty()) {
      return "No @Profile method was loaded by the tests: mark the methods to profile with"
          + " @org.jkernprof.Profile, or name them with the includes parameter.\n";
    }
    List<Path> roots = new ArrayList<>();
    project.getCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
    project.getTestCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
    Path basedir = project.getBasedir().toPath();
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(roots, basedir, Optional.empty()), basedir);
    return TextReportRenderer.render(merged, sources, ReportOptions.defaults());
  }

  private static String functionReport(List<Path> files) throws IOException {
    List<FunctionResults> all = new ArrayList<>();
    for (Path file : files) {
      all.add(ProfReader.read(file));
    }
    return StatsReportRenderer.render(FunctionResults.merge(all), StatsOptions.defaults());
  }
}
