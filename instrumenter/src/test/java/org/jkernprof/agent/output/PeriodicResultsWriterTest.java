package org.jkernprof.agent.output;

import static org.jkernprof.agent.output.CountingRecorder.eventually;
import static org.jkernprof.agent.output.CountingRecorder.snapshotIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code interval} option's writer, and how the exit hook and dumps share the file. */
class PeriodicResultsWriterTest {
  private static final double INTERVAL = 0.02;

  @TempDir Path dir;

  private final CountingRecorder recorder = new CountingRecorder();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private PeriodicResultsWriter writer;

  @AfterEach
  void stopWriting() {
    if (writer != null) {
      writer.stop();
    }
  }

  @Test
  void rewritesTheFileWithNewerResultsEveryInterval() throws Exception {
    Path output = dir.resolve("run.lprof");
    writer = start(output);

    assertTrue(eventually(() -> recorder.snapshotsTaken() >= 3), "three writes");
    writer.stop();
    assertTrue(snapshotIn(output) >= 2, "the file holds a later snapshot than the first");
    assertEquals(List.of(), errLines());
    assertEquals(List.of("run.lprof"), filesIn(dir), "no temporary file is left behind");
  }

  @Test
  void writesNothingMoreOnceStopped() throws Exception {
    Path output = dir.resolve("run.lprof");
    writer = start(output);
    assertTrue(eventually(() -> CountingRecorder.exists(output)));

    writer.stop();
    long taken = recorder.snapshotsTaken();
    Files.delete(output);
    Thread.sleep(Math.round(10 * INTERVAL * 1000));

    assertFalse(Files.exists(output), "written again after stop()");
    assertEquals(taken, recorder.snapshotsTaken());
  }

  @Test
  void aFailingWriteIsReportedOnceAndRetriedUntilItWorks() throws Exception {
    Path missing = dir.resolve("not-yet");
    Path output = missing.resolve("run.lprof");
    writer = start(output);

    assertTrue(eventually(() -> recorder.snapshotsTaken() >= 5), "keeps trying");
    List<String> lines = errLines();
    assertEquals(1, lines.size(), "one warning for many failed writes: " + lines);
    assertTrue(lines.get(0).startsWith("jkernprof: cannot write profile results to " + output));
    assertTrue(lines.get(0).contains("will try again"), lines.get(0));

    // The snapshot being written when the folder appears may be one taken before: it still
    // shows that the writes went on after the first one failed.
    long takenBeforeTheFolder = recorder.snapshotsTaken();
    Files.createDirectories(missing);
    assertTrue(eventually(() -> CountingRecorder.exists(output)), "written once the folder exists");
    assertTrue(snapshotIn(output) >= takenBeforeTheFolder, "a snapshot taken after the failures");
  }

  @Test
  void theExitHookStopsThePeriodicWritesSoItsResultsStayInTheFile() throws Exception {
    Path output = dir.resolve("run.lprof");
    ResultsSaver saver = recorder.saver();
    writer = new PeriodicResultsWriter(saver, output, 0.001, err);
    writer.start();
    assertTrue(eventually(() -> recorder.snapshotsTaken() >= 3));

    new ResultsOnExit(saver, output, new ExitOptions(true, false, false), Optional.of(writer), err)
        .run();
    long atExit = recorder.snapshotsTaken();
    Thread.sleep(50);

    assertEquals(atExit, recorder.snapshotsTaken(), "no snapshot after the exit hook's");
    assertEquals(atExit, snapshotIn(output), "the file holds the exit hook's results");
  }

  @Test
  void aDumpWritesTheResultsSoFarToTheFileItIsGiven() throws Exception {
    Path file = dir.resolve("section.lprof");
    DumpOnRequest dump = new DumpOnRequest(recorder.saver());

    dump.accept(file.toString());
    dump.accept(file.toString());

    assertEquals(2, snapshotIn(file));
  }

  @Test
  void aDumpThatCannotWriteThrowsTheIoFailureUnchecked() {
    DumpOnRequest dump = new DumpOnRequest(recorder.saver());
    Path file = dir.resolve("missing").resolve("section.lprof");

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> dump.accept(file.toString()));

    assertTrue(e.getCause() instanceof NoSuchFileException, e.toString());
  }

  private PeriodicResultsWriter start(Path output) {
    PeriodicResultsWriter started =
        new PeriodicResultsWriter(recorder.saver(), output, INTERVAL, err);
    started.start();
    return started;
  }

  private List<String> errLines() {
    String text = errBytes.toString(StandardCharsets.UTF_8);
    return Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
