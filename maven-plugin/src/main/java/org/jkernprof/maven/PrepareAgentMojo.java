package org.jkernprof.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Puts the jkernprof agent on the test JVMs' command line by appending it to the {@code argLine}
 * property that surefire and failsafe read, keeping what the property already holds (JaCoCo's agent
 * or the project's own flags). Each test JVM writes its own results file next to {@code
 * outputFile}; the {@code report} goal merges them.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {
  static final String AGENT_KEY = "org.jkernprof:jkernprof-instrumenter";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** The property the agent argument is appended to. */
  @Parameter(property = "jkernprof.propertyName", defaultValue = "argLine")
  private String propertyName;

  /** Where results go; each test JVM writes {@code NAME-ID.lprof} beside it. */
  @Parameter(
      property = "jkernprof.outputFile",
      defaultValue = "${project.build.directory}/jkernprof/jkernprof.lprof")
  private File outputFile;

  /** {@code line} (the default) for {@code @Profile} line reports, {@code function} for calls. */
  @Parameter(property = "jkernprof.mode", defaultValue = "line")
  private String mode;

  /** Methods to profile as if marked {@code @Profile}, e.g. {@code com.acme.Report#build*}. */
  @Parameter(property = "jkernprof.includes")
  private List<String> includes = new ArrayList<>();

  /** Methods never to profile. */
  @Parameter(property = "jkernprof.excludes")
  private List<String> excludes = new ArrayList<>();

  /**
   * Also counts the bytes allocated: per line in line mode (the report gains Alloc and Alloc/Hit),
   * per method in function mode.
   */
  @Parameter(property = "jkernprof.memory", defaultValue = "false")
  private boolean memory;

  /** Skips this goal: the tests run without the agent. */
  @Parameter(property = "jkernprof.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("jkernprof: skipped (jkernprof.skip)");
      defineIfUndefined();
      return;
    }
    boolean functionMode = Mode.isFunction(mode);
    ResultsFiles results = new ResultsFiles(outputFile.toPath(), functionMode);
    try {
      // The agent refuses to start without the folder; stale files would inflate the report.
      Files.createDirectories(results.folder());
      results.deleteExisting();
      Files.deleteIfExists(results.folder().resolve(ReportMojo.REPORT_NAME));
      Files.deleteIfExists(results.folder().resolve(ReportMojo.BY_TEST_NAME));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "jkernprof: cannot prepare " + results.folder() + ": " + e.getMessage());
    }
    AgentArgument argument =
        new AgentArgument(
            plugin.getPluginArtifact().getFile().toPath(),
            agentJar().toPath(),
            results,
            functionMode,
            includes,
            excludes,
            memory);
    String existing = project.getProperties().getProperty(propertyName);
    if (existing == null) {
      // -DargLine=... on the command line: surefire would read it, so it must be kept too.
      existing = System.getProperty(propertyName);
    }
    String value = argument.appendTo(existing);
    project.getProperties().setProperty(propertyName, value);
    getLog().info("jkernprof: " + propertyName + " set to " + value);
  }

  /**
   * Skipped, the property must still exist: surefire replaces a late {@code @{argLine}} only with a
   * project property, and an unknown one reaches the test JVM literally and stops it. As JaCoCo
   * does, an undefined property becomes empty; a {@code -DargLine=...} value is kept.
   */
  private void defineIfUndefined() {
    if (project.getProperties().getProperty(propertyName) != null) {
      return;
    }
    String value = System.getProperty(propertyName, "");
    project.getProperties().setProperty(propertyName, value);
    getLog()
        .info(
            String.format(
                "jkernprof: %1$s set to \"%2$s\" so @{%1$s} resolves", propertyName, value));
  }

  private File agentJar() throws MojoExecutionException {
    Artifact agent = plugin.getArtifactMap().get(AGENT_KEY);
    if (agent == null || agent.getFile() == null) {
      throw new MojoExecutionException(
          "jkernprof: the plugin's agent jar " + AGENT_KEY + " is missing");
    }
    return agent.getFile();
  }
}
