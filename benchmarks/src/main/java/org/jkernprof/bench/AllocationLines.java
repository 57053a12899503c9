package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.bench.allocation.EscapeWorkload;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;

/**
 * The two measured lines of {@link EscapeWorkload} in results files of {@code jkernprof -l -m}:
 * their hits and allocated bytes. Reads in a JVM of its own, with the agent jar (which holds the
 * results reader) on the class path: {@code AllocationLines FILE.lprof...} prints one line per
 * file, {@code LINE HITS BYTES} of the non-escaping line, then of the escaping one.
 */
final class AllocationLines {
  /** One line of one run. */
  static final class Line {
    final int number;
    final long hits;
    final long bytes;

    Line(int number, long hits, long bytes) {
      this.number = number;
      this.hits = hits;
      this.bytes = bytes;
    }
  }

  private AllocationLines() {}

  public static void main(String[] args) {
    for (String file : args) {
      List<LineStats> lines = workloadLines(Path.of(file));
      StringBuilder out = new StringBuilder();
      for (int place : new int[] {EscapeWorkload.NON_ESCAPING_LINE, EscapeWorkload.ESCAPING_LINE}) {
        LineStats l = lines.get(place);
        out.append(l.line()).append(' ').append(l.hits()).append(' ');
        out.append(l.allocatedBytes()).append(' ');
      }
      System.out.println(out.toString().trim());
    }
  }

  /** What {@link #main} printed: per file, the non-escaping line and the escaping one. */
  static List<Line[]> parse(String output) {
    List<Line[]> runs = new ArrayList<>();
    for (String row : output.strip().split("\n")) {
      String[] f = row.trim().split(" ");
      if (f.length != 6) {
        throw new IllegalStateException("unexpected output of AllocationLines:\n" + output);
      }
      runs.add(
          new Line[] {
            new Line(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])),
            new Line(Integer.parseInt(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]))
          });
    }
    return runs;
  }

  private static List<LineStats> workloadLines(Path file) {
    try {
      for (MethodProfile m : LprofReader.read(file).methods()) {
        if (m.className().equals(EscapeWorkload.class.getName())
            && m.methodName().equals("allocate")) {
          List<LineStats> lines = new ArrayList<>(m.lines());
          lines.sort((a, b) -> Integer.compare(a.line(), b.line()));
          if (lines.size() != EscapeWorkload.LINES) {
            throw new IllegalStateException(
                lines.size()
                    + " lines of EscapeWorkload.allocate in "
                    + file
                    + ", not "
                    + EscapeWorkload.LINES);
          }
          return lines;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    throw new IllegalStateException("no EscapeWorkload.allocate in " + file);
  }
}
