package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The real agent jar, which the build passes to the tests in the {@code jkernprof.agent} property.
 */
final class TestAgent {
  private TestAgent() {}

  static Path path() {
    String property = System.getProperty(AgentJar.PROPERTY);
    assertNotNull(property, "system property " + AgentJar.PROPERTY + " (set by the Maven build)");
    Path agent = Paths.get(property).toAbsolutePath().normalize();
    assertTrue(
        Files.isRegularFile(agent),
        agent + " is missing: build the agent first, e.g. mvn -pl kernprof-cli -am verify");
    return agent;
  }
}
