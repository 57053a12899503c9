package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jkernprof.e2e.IdeRunConfiguration.Ide;
import org.jkernprof.e2e.IdeRunConfiguration.ResolvedCommand;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * The demo's run configurations for IntelliJ IDEA, VS Code and Eclipse: each file parses in its
 * IDE's format, and the command line it implies, with this checkout's folders for the IDE's
 * variables, really profiles the demo: the report on standard output, the results file written.
 */
class IdeRunConfigurationsTest {
  static final String MAIN_CLASS = "org.jkernprof.demo.Demo";
  static final List<String> SCENARIOS = List.of("classic", "report");

  /** What each scenario prints, the methods its report lists, and a line each must show. */
  static final Map<String, Scenario> EXPECTED =
      Map.of(
          "classic",
          new Scenario(
              "Processing complete\\. Result: \\d+",
              List.of(DemoClassicReportTest.GENERATE, DemoClassicReportTest.PROCESS),
              DemoClassicReportTest.SLEEP,
              "org.jkernprof.demo.ClassicExample.processData"),
          "report",
          new Scenario(
              "Revenue by region, \\d+ orders:",
              List.of(DemoRevenueReportTest.BUILD),
              DemoRevenueReportTest.INDEX_REBUILD,
              "org.jkernprof.demo.RevenueReport.build"));

  private final Path demoDir = BuildPaths.demoJar().getParent().getParent();
  private final Path repoRoot = demoDir.getParent();
  private final List<IdeRunConfiguration> configurations = IdeRunConfigurationFiles.in(demoDir);

  @Test
  void everyIdeHasAConfigurationForEachScenario() {
    for (Ide ide : Ide.values()) {
      List<String> scenarios =
          configurations.stream()
              .filter(c -> c.ide() == ide)
              .map(IdeRunConfiguration::scenario)
              .sorted()
              .collect(Collectors.toList());
      assertEquals(SCENARIOS, scenarios, ide + ": " + configurations);
    }
  }

  @Test
  void eachRunsTheDemosMainClassWithTheDemoModulesClassPath() throws Exception {
    String artifactId = demoArtifactId();
    for (IdeRunConfiguration configuration : configurations) {
      assertEquals(MAIN_CLASS, configuration.mainClass(), configuration.toString());
      // IntelliJ, m2e and the VS Code Java extension name a Maven module after its artifactId.
      assertEquals(artifactId, configuration.module(), configuration.toString());
    }
  }

  @Test
  void noRunConfigurationLiesOutsideTheFoldersThisTestReads() throws IOException {
    Set<Path> read = new TreeSet<>();
    for (Ide ide : Ide.values()) {
      read.addAll(IdeRunConfigurationFiles.files(demoDir, ide));
    }
    Set<Path> shipped;
    try (Stream<Path> files = Files.walk(repoRoot)) {
      shipped =
          files
              .filter(f -> !isBuildOutput(f))
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".run.xml")
                        || name.endsWith(".launch")
                        || name.equals("launch.json");
                  })
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(shipped, read);
  }

  @TestFactory
  Stream<DynamicTest> eachProfilesTheDemoAsItsIdeWouldRunIt() {
    return configurations.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.ide() + " " + c.name() + " (" + repoRoot.relativize(c.file()) + ")",
                    () -> profilesTheDemo(c)));
  }

  private void profilesTheDemo(IdeRunConfiguration configuration) throws Exception {
    ResolvedCommand command = configuration.resolve(repoRoot, demoDir);
    Scenario scenario = EXPECTED.get(configuration.scenario());
    assertTrue(scenario != null, "unknown scenario of " + configuration);
    String agentOption = agentOption(command);
    String agentJar = agentOption.split("=", 2)[0];
    assertEquals(BuildPaths.agentJar(), Path.of(agentJar).normalize(), "the agent of this build");
    Path results = command.workingDirectory().resolve(resultsFile(agentOption)).normalize();
    Files.deleteIfExists(results);

    List<String> java = new ArrayList<>();
    java.add(BuildPaths.currentJavaHome().resolve("bin/java").toString());
    java.addAll(command.vmArguments());
    java.add("-cp");
    java.add(
        demoDir.resolve("target/classes") + File.pathSeparator + BuildPaths.annotationsClasspath());
    java.add(command.mainClass());
    java.addAll(command.arguments());
    ProcessBuilder builder =
        new ProcessBuilder(java).directory(command.workingDirectory().toFile());
    builder.environment().remove("JKERNPROF");
    JvmResult run =
        ChildJvm.run(
            builder,
            BuildPaths.runsDir().resolve("ide-configurations"),
            configuration.ide() + "-" + configuration.name());

    assertEquals(0, run.exitCode, run.describe());
    int reportStart = run.stdout.indexOf("Timer unit:");
    assertTrue(reportStart > 0, "the program's output, then the report\n" + run.describe());
    List<String> programLines = List.of(run.stdout.substring(0, reportStart).strip().split("\n"));
    assertTrue(
        programLines.get(0).matches(scenario.firstProgramLine()),
        "the demo's own output first\n" + run.describe());
    assertTrue(
        run.stdoutLines().contains(LineReportParser.DEFAULT_HEADER),
        "line_profiler's table header\n" + run.describe());
    LineReport report = LineReport.parse(run.stdout.substring(reportStart));
    assertEquals(scenario.functions(), report.functions(), run.describe());
    for (String function : scenario.functions()) {
      LineReport.Method method = report.method(function);
      // The sources were found from the working directory the IDE starts the program in.
      assertEquals(Optional.empty(), method.note(), function + "\n" + run.describe());
    }
    report.methods().stream()
        .flatMap(m -> m.rows().stream())
        .filter(r -> r.contents().contains(scenario.lineShown()))
        .filter(r -> r.hits() != null && r.hits() > 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no hits on " + scenario.lineShown()));

    assertTrue(Files.isRegularFile(results), "results file " + results + "\n" + run.describe());
    assertTrue(
        run.stderr.contains("jkernprof: wrote profile results to "),
        "the agent says where the results went\n" + run.describe());
    LineResults recorded = LprofReader.read(results);
    assertTrue(
        recorded.methods().stream()
            .map(MethodProfile::qualifiedName)
            .anyMatch(scenario.recordedMethod()::equals),
        scenario.recordedMethod() + " in " + recorded.methods());
  }

  /** The text after {@code -javaagent:}: {@code JAR=OPTIONS}. */
  private static String agentOption(ResolvedCommand command) {
    List<String> agents =
        command.vmArguments().stream()
            .filter(a -> a.startsWith("-javaagent:"))
            .map(a -> a.substring("-javaagent:".length()))
            .collect(Collectors.toList());
    assertEquals(1, agents.size(), "one -javaagent in " + command.vmArguments());
    String agent = agents.get(0);
    assertTrue(
        List.of(agent.split("=", 2)[1].split(",")).contains("verbose"),
        "the report is printed: " + agent);
    return agent;
  }

  /** The agent's {@code output=}, or its default name for a main class. */
  private static String resultsFile(String agentOption) {
    for (String option : agentOption.split("=", 2)[1].split(",")) {
      if (option.startsWith("output=")) {
        return option.substring("output=".length());
      }
    }
    return MAIN_CLASS + ".lprof";
  }

  /** Build output, Git's folder, and the root's IDE folders that .gitignore keeps personal. */
  private boolean isBuildOutput(Path file) {
    Path relative = repoRoot.relativize(file);
    if (relative.startsWith(".vscode") || relative.startsWith(".idea")) {
      return true;
    }
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals(".git") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private String demoArtifactId() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Element project =
        factory
            .newDocumentBuilder()
            .parse(demoDir.resolve("pom.xml").toFile())
            .getDocumentElement();
    for (org.w3c.dom.Node node = project.getFirstChild();
        node != null;
        node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals("artifactId")) {
        return node.getTextContent().strip();
      }
    }
    throw new AssertionError("no artifactId in the demo's pom");
  }

  /**
   * What a scenario does under the agent.
   *
   * @param firstProgramLine a pattern for the first line the demo prints
   * @param functions the report's methods, in order
   * @param lineShown source text of a line the report shows with hits
   * @param recordedMethod a method the results file holds
   */
  record Scenario(
      String firstProgramLine, List<String> functions, String lineShown, String recordedMethod) {}
}
