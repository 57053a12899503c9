package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs of {@code -i/--output-interval} and {@code --start-disabled}: what the command asks of
 * the agent, and what the results file holds afterwards.
 */
class OutputIntervalRunTest {
  private static final long WAIT_MILLIS = 60_000;

  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void passesTheIntervalAndStartStateToTheAgent() throws IOException {
    Files.copy(sample.jar(), dir.resolve("app.jar"));
    List<String> command =
        ChildJvm.command(
            Path.of("java"),
            Path.of("agent.jar"),
            ProfilingMode.LINE,
            Path.of("/r/x.lprof"),
            List.of("interval=0.5", "start=disabled"),
            List.of("-Xmx1g"),
            JarTarget.check("app.jar", dir),
            List.of("arg"));
    assertEquals(
        List.of(
            "java",
            "-Xmx1g",
            "-javaagent:agent.jar=output=/r/x.lprof,quiet,verbose=false,interval=0.5,start=disabled",
            "-jar",
            "app.jar",
            "arg"),
        command);
  }

  @Test
  void aProgramKilledWhileItRunsStillLeavesTheResultsOfTheLastInterval() throws Exception {
    Files.copy(sample.jar(), dir.resolve("sample.jar"));
    Path results = dir.resolve("sample.jar.lprof");
    CompletableFuture<CliHarness.Result> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return CliHarness.in(dir).run("-l", "-i", "0.1", "sample.jar", "sleep");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });

    // The first write may come before the program ran the profiled method: wait for one after.
    awaitResultsWithHits(results);
    programOf(dir).destroyForcibly();
    CliHarness.Result result = run.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);

    assertEquals(128 + 9, result.exitCode, result.toString());
    assertTrue(result.out.startsWith("Wrote profile results to sample.jar.lprof"), result.out);
    sample.assertProfiledOnce(LprofReader.read(results));
  }

  @Test
  void startDisabledRecordsNothingInAProgramThatNeverEnables() throws IOException {
    Files.copy(sample.jar(), dir.resolve("sample.jar"));

    CliHarness.Result result = CliHarness.in(dir).run("-l", "--start-disabled", "sample.jar");

    assertEquals(0, result.exitCode, result.toString());
    LineResults results = LprofReader.read(dir.resolve("sample.jar.lprof"));
    MethodProfile method =
        results.methods().stream()
            .filter(m -> m.qualifiedName().equals(SampleProgram.PROFILED_METHOD))
            .findFirst()
            .orElseThrow(() -> new AssertionError(results.methods().toString()));
    assertEquals(0, method.lines().stream().mapToLong(l -> l.hits()).sum(), method.toString());
  }

  /**
   * The profiled program's JVM: the child of this JVM that writes its results in {@code folder}.
   */
  private static ProcessHandle programOf(Path folder) {
    String output = "=output=" + folder.resolve("sample.jar.lprof") + ",";
    List<ProcessHandle> matching =
        ProcessHandle.current()
            .children()
            .filter(p -> p.info().commandLine().map(c -> c.contains(output)).orElse(false))
            .collect(Collectors.toList());
    assertEquals(1, matching.size(), "the program's JVM among " + describe());
    return matching.get(0);
  }

  private static String describe() {
    return ProcessHandle.current()
        .children()
        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
        .collect(Collectors.joining("; "));
  }

  private static void awaitResultsWithHits(Path file) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!hasHits(file)) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(file + " got no hits within " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }

  private static boolean hasHits(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    return LprofReader.read(file).methods().stream()
        .flatMap(m -> m.lines().stream())
        .anyMatch(l -> l.hits() > 0);
  }
}
