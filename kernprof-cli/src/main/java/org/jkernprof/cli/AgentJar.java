package org.jkernprof.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the agent jar is: the {@code jkernprof.agent} system property if set, else {@code
 * jkernprof-agent.jar} beside the CLI's own jar, where the build puts it.
 */
final class AgentJar {
  static final String PROPERTY = "jkernprof.agent";
  static final String FILE_NAME = "jkernprof-agent.jar";

  private final Optional<Path> expected;

  private AgentJar(Optional<Path> expected) {
    this.expected = expected;
  }

  /** The agent jar at exactly {@code path}. */
  static AgentJar at(Path path) {
    return new AgentJar(Optional.of(path.toAbsolutePath()));
  }

  /** The agent jar this CLI uses: the system property, else beside the CLI's jar. */
  static AgentJar ofThisCli() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isEmpty()) {
      return at(Paths.get(property));
    }
    return new AgentJar(cliJar().map(jar -> jar.resolveSibling(FILE_NAME)));
  }

  /** The agent jar; fails with the build command if it is not there. */
  Path require() {
    if (!expected.isPresent()) {
      throw new CliException(
          "cannot find the agent jar: set -D"
              + PROPERTY
              + "=PATH, or run the packaged jkernprof.jar (build it with: mvn -q package"
              + " -DskipTests)");
    }
    Path agent = expected.get();
    if (!Files.isRegularFile(agent)) {
      throw new CliException(
          "cannot find the agent jar " + agent + "; build it with: mvn -q package -DskipTests");
    }
    if (agent.toString().contains("=")) {
      // -javaagent:JAR=OPTIONS: the JVM ends the jar's path at the first '='.
      throw new CliException(
          "the agent jar's path " + agent + " contains '=', which -javaagent cannot take");
    }
    return agent;
  }

  /** The jar this class was loaded from, if it was loaded from a jar. */
  private static Optional<Path> cliJar() {
    CodeSource source = AgentJar.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Paths.get(source.getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
