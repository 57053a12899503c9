package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link TestLines}, the view of a test's lines that stores only those reached, is the same list as
 * the run's lines filled in with zeros, whatever lines the test reached, including lines the run
 * does not list.
 */
class TestLinesTest {
  @Test
  void equalsTheRunsLinesWithZerosWhereTheTestDidNotReach() {
    List<LineStats> run =
        List.of(new LineStats(3, 5, 50), new LineStats(4, 5, 60), new LineStats(9, 1, 10));
    LineStats[] reached = {new LineStats(4, 2, 20)};

    assertEquals(
        List.of(new LineStats(3, 0, 0), new LineStats(4, 2, 20), new LineStats(9, 0, 0)),
        new TestLines(run, reached));
  }

  @Test
  void placesLinesTheRunDoesNotListInOrder() {
    List<LineStats> run = List.of(new LineStats(3, 5, 50), new LineStats(9, 1, 10));
    LineStats[] reached = {new LineStats(1, 1, 1), new LineStats(5, 2, 2), new LineStats(12, 3, 3)};

    assertEquals(
        List.of(
            new LineStats(1, 1, 1),
            new LineStats(3, 0, 0),
            new LineStats(5, 2, 2),
            new LineStats(9, 0, 0),
            new LineStats(12, 3, 3)),
        new TestLines(run, reached));
  }

  @Test
  void matchesFillingInZerosForRandomLines() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      List<LineStats> run = new ArrayList<>();
      for (int line : distinctLines(random, random.nextInt(12))) {
        run.add(new LineStats(line, 1 + random.nextInt(9), random.nextInt(99)));
      }
      int[] reachedLines = distinctLines(random, random.nextInt(6));
      LineStats[] reached = new LineStats[reachedLines.length];
      for (int i = 0; i < reached.length; i++) {
        reached[i] = new LineStats(reachedLines[i], random.nextInt(9), random.nextInt(99));
      }
      Arrays.sort(reached, Comparator.comparingInt(LineStats::line));

      TestLines view = new TestLines(run, reached);

      List<LineStats> filled = filledIn(run, reached);
      assertEquals(filled, view, "run " + run + ", reached " + Arrays.toString(reached));
      assertEquals(filled.hashCode(), view.hashCode());
      assertThrows(IndexOutOfBoundsException.class, () -> view.get(view.size()));
    }
  }

  /** What the view stands for, built the plain way. */
  private static List<LineStats> filledIn(List<LineStats> run, LineStats[] reached) {
    Map<Integer, LineStats> byLine = new TreeMap<>();
    for (LineStats l : run) {
      byLine.put(l.line(), new LineStats(l.line(), 0, 0));
    }
    for (LineStats l : reached) {
      byLine.put(l.line(), l);
    }
    return new ArrayList<>(byLine.values());
  }

  private static int[] distinctLines(Random random, int count) {
    return random.ints(1, 20).distinct().limit(count).sorted().toArray();
  }
}
