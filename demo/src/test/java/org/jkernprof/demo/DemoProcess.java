package org.jkernprof.demo;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.Profile;

/** The demo run in its own JVM, as {@code java -jar demo.jar} would run it, optionally profiled. */
final class DemoProcess {
  final int exitCode;
  final String out;
  final String err;

  private DemoProcess(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code Demo ARGS}; with {@code results}, under the real agent writing there. */
  static DemoProcess run(Path folder, Path results, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    if (results != null) {
      command.add("-Xshare:off");
      command.add("-javaagent:" + agent() + "=output=" + results + ",quiet");
    }
    command.add("-cp");
    command.add(location(Demo.class) + File.pathSeparator + location(Profile.class));
    command.add(Demo.class.getName());
    command.addAll(Arrays.asList(args));
    Path out = folder.resolve("demo.out");
    Path err = folder.resolve("demo.err");
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo ends");
    return new DemoProcess(process.exitValue(), read(out), read(err));
  }

  private static Path agent() {
    String property = System.getProperty("jkernprof.agent");
    assertNotNull(property, "system property jkernprof.agent (set by the Maven build)");
    Path agent = Paths.get(property).toAbsolutePath();
    assertTrue(Files.isRegularFile(agent), agent + " is missing: build the agent first");
    return agent;
  }

  private static String location(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit code " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
  }
}
