package org.jkernprof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jkernprof.Profile;

/**
 * Times {@code java -jar hello.jar} plain, with the jkernprof agent and with JaCoCo's agent, each
 * from process start to exit. The three run in turn, in an order that rotates every round, so a
 * slow moment of the machine falls on all of them alike; the medians are compared.
 */
final class StartupComparison {
  /** Median wall times in milliseconds. */
  static final class Result {
    final double plainMillis;
    final double jkernprofMillis;
    final double jacocoMillis;
    final int runs;

    Result(double plainMillis, double jkernprofMillis, double jacocoMillis, int runs) {
      this.plainMillis = plainMillis;
      this.jkernprofMillis = jkernprofMillis;
      this.jacocoMillis = jacocoMillis;
      this.runs = runs;
    }
  }

  private static final int WARM_UP_ROUNDS = 2;

  private final BenchmarkInputs inputs;
  private final Path work;

  StartupComparison(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  Result run(int rounds) {
    Path hello = writeHelloJar();
    Path results = work.resolve("hello.lprof");
    List<List<String>> commands =
        List.of(
            ChildProcess.command(ChildProcess.java(), "-jar", hello.toString()),
            ChildProcess.command(
                ChildProcess.java(),
                "-javaagent:" + inputs.agentJar + "=output=" + results,
                "-jar",
                hello.toString()),
            ChildProcess.command(
                ChildProcess.java(),
                "-javaagent:" + inputs.jacocoAgent + "=destfile=" + work.resolve("jacoco.exec"),
                "-jar",
                hello.toString()));
    checkAgentWorks(commands.get(1), results);
    List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      for (int k = 0; k < commands.size(); k++) {
        int which = (round + k) % commands.size();
        ChildProcess.Run run = ChildProcess.run(commands.get(which), work, false);
        run.checkedOutput(commands.get(which));
        if (round >= WARM_UP_ROUNDS) {
          millis.get(which).add(run.wallNanos / 1e6);
        }
      }
    }
    return new Result(
        Medians.of(millis.get(0)), Medians.of(millis.get(1)), Medians.of(millis.get(2)), rounds);
  }

  /** Makes sure the agent found and recorded {@link Hello#sum}, so its real work is timed. */
  private void checkAgentWorks(List<String> command, Path results) {
    try {
      Files.deleteIfExists(results);
      ChildProcess.run(command, work, false).checkedOutput(command);
      if (!Files.isRegularFile(results) || Files.size(results) == 0) {
        throw new IllegalStateException("the agent wrote no results to " + results);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A jar of {@link Hello} and the annotation it carries, built from this jar's classes. */
  private Path writeHelloJar() {
    Path jar = work.resolve("hello.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (Class<?> type : List.of(Hello.class, Profile.class)) {
        String name = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + jar, e);
    }
    return jar;
  }
}
