package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.e2e.targets.Greeter;

/**
 * Checks the line hits of {@link Greeter#greet} that one attach session recorded against the
 * requests a {@link GreetingLoad} sent meanwhile. The load sends one request at a time, so the
 * calls the session counted are a run of consecutive requests: the first one that started after the
 * probes were in, up to the last one that ended before the results were taken. Only that last one
 * may be counted in part (it ran on while the results were taken); a call that started before the
 * probes went in runs the old code to its end and counts nothing.
 *
 * <p>When the switches happened is known only from this side: the attach line appeared at {@code
 * attachedSeen}, after the probes went in, and the detach line at {@code detachedSeen}, after the
 * results were taken. The session recorded for {@code duration} from the moment its probes went in,
 * which was at most {@link #LINE_LATENCY_MILLIS} before its line was seen here.
 */
final class GreeterWindow {
  /** How long the attach line may take to reach this test after the probes went in. */
  static final long LINE_LATENCY_MILLIS = 300;

  private static final String[] LINES = {
    "int score = 0;", "for (int i", "if ((n + i)", "score += i;", "score -= 1;", "return \"hello"
  };

  private GreeterWindow() {}

  /** The hits of each line of {@link #LINES} in one call of {@code greet(n)}. */
  static long[] hitsOfOneCall(int n) {
    long rounds = n % 8 + 1;
    long matches = 0;
    for (int i = 0; i <= n % 8; i++) {
      matches += (n + i) % 3 == 0 ? 1 : 0;
    }
    // A loop header is hit once on entry and once per round that goes back to it.
    return new long[] {1, rounds + 1, rounds, matches, rounds - matches, 1};
  }

  /** The hits of each line of {@link #LINES} in {@code greet}'s table of a report. */
  static long[] hitsOf(LineReport.Method greet) {
    long[] hits = new long[LINES.length];
    for (int line = 0; line < LINES.length; line++) {
      Long h = greet.rowContaining(LINES[line]).hits();
      hits[line] = h == null ? 0 : h;
    }
    return hits;
  }

  /** The hits of each line of {@link #LINES} in calls of {@code greet} for each of {@code ns}. */
  static long[] hitsOfCalls(int... ns) {
    long[] hits = new long[LINES.length];
    for (int n : ns) {
      long[] one = hitsOfOneCall(n);
      for (int line = 0; line < LINES.length; line++) {
        hits[line] += one[line];
      }
    }
    return hits;
  }

  /**
   * Asserts that {@code greet}'s hits are those of a run of consecutive requests, all within the
   * command's lifetime, that includes every request between the attach line and {@code duration}
   * after it.
   *
   * @return the number of calls counted
   */
  static long check(
      LineReport.Method greet,
      GreetingLoad.Requests requests,
      long commandStartNanos,
      long attachedSeenNanos,
      long detachedSeenNanos,
      long durationSeconds) {
    long[] hits = hitsOf(greet);
    long calls = hits[0];
    long recordedUntil =
        attachedSeenNanos
            + TimeUnit.SECONDS.toNanos(durationSeconds)
            - TimeUnit.MILLISECONDS.toNanos(LINE_LATENCY_MILLIS);
    int least = requests.within(attachedSeenNanos, recordedUntil);
    int most = requests.meeting(commandStartNanos, detachedSeenNanos);
    String window =
        String.format(
            "%d calls counted; %d requests lay between the attach line and %d s after it (less"
                + " %d ms), %d met the command's lifetime; %d requests in all; hits %s",
            calls,
            least,
            durationSeconds,
            LINE_LATENCY_MILLIS,
            most,
            requests.count(),
            Arrays.toString(hits));
    assertTrue(least > 0, "no request lay wholly within the session: " + window);
    assertTrue(least <= calls && calls <= most, "calls outside the window: " + window);
    List<Integer> starts = runsExplaining(hits, requests, commandStartNanos, detachedSeenNanos);
    assertTrue(
        !starts.isEmpty(),
        "no run of consecutive requests within the command's lifetime explains the hits of every"
            + " line: "
            + window);
    return calls;
  }

  /** The first requests of the runs that explain {@code hits}, within [start, end]. */
  private static List<Integer> runsExplaining(
      long[] hits, GreetingLoad.Requests requests, long startNanos, long endNanos) {
    int count = requests.count();
    int calls = Math.toIntExact(hits[0]);
    // sums[line][k]: the hits of that line in requests 0..k-1.
    long[][] sums = new long[LINES.length][count + 1];
    for (int k = 0; k < count; k++) {
      long[] one = hitsOfOneCall(requests.ns()[k]);
      for (int line = 0; line < LINES.length; line++) {
        sums[line][k + 1] = sums[line][k] + one[line];
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int first = 0; first + calls <= count; first++) {
      if (requests.sentNanos()[first] < startNanos
          || requests.sentNanos()[first + calls - 1] > endNanos) {
        continue;
      }
      boolean explains = true;
      for (int line = 0; line < LINES.length && explains; line++) {
        // Requests first..first+calls-2 in full; the last one in full or in part.
        long full = sums[line][first + calls - 1] - sums[line][first];
        long withLast = sums[line][first + calls] - sums[line][first];
        explains = full <= hits[line] && hits[line] <= withLast;
      }
      if (explains) {
        starts.add(first);
      }
    }
    return starts;
  }
}
