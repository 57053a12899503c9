package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function-level memory figures in {@code .prof} 1.1: kept exactly, checked, merged. */
class ProfMemorySectionTest {
  private static final Path FILE = Path.of("f.prof");

  static FunctionResults sample(boolean memory) {
    FunctionStats main =
        new FunctionStats(
            "a.Main", "main", "([Ljava/lang/String;)V", "Main.java", 5, 1, 1, 1_000, 90_000);
    FunctionStats work =
        new FunctionStats("a.Main", "work", "()I", "Main.java", 12, 10, 10, 89_000, 89_000);
    if (memory) {
      main = main.withMemory(512, 10L << 20);
      work = work.withMemory(10L << 20, 10L << 20);
    }
    return new FunctionResults(
        new RunInfo("a.Main", "17", 1_000, 2_000),
        List.of(main, work),
        List.of(
            new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, 1_000, 90_000),
            new CallEdge(0, 1, 10, 10, 89_000, 89_000)),
        memory);
  }

  @Test
  void readsBackOwnAndCumulativeBytes() throws ResultsFormatException {
    FunctionResults read = ProfReader.parse(FILE, ProfWriter.toBytes(sample(true)));
    assertEquals(sample(true), read);
    assertTrue(read.hasMemory());
    assertEquals(512, read.functions().get(0).ownBytes());
  }

  @Test
  void resultsWithoutMemoryStaySo() throws ResultsFormatException {
    assertFalse(ProfReader.parse(FILE, ProfWriter.toBytes(sample(false))).hasMemory());
  }

  @Test
  void rejectsEveryTruncation() {
    byte[] bytes = ProfWriter.toBytes(sample(true));
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, cut));
    }
  }

  @Test
  void mergingSumsTheBytes() {
    FunctionResults merged = FunctionResults.merge(List.of(sample(true), sample(true)));
    assertEquals(20L << 20, merged.functions().get(1).cumulativeBytes());
    assertTrue(merged.hasMemory());
  }
}
