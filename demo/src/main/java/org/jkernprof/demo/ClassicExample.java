package org.jkernprof.demo;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jkernprof.Profile;

/**
 * line_profiler's classic example (seed_example.py), ported statement for statement so that the two
 * reports can be read side by side.
 */
final class ClassicExample {
  private static final Random RANDOM = new Random();

  private ClassicExample() {}

  /** {@code n} random numbers from 0 to 1000 inclusive, like {@code random.randint(0, 1000)}. */
  @Profile
  static List<Integer> generateData(int n) {
    return RANDOM.ints(n, 0, 1001).boxed().collect(Collectors.toList());
  }

  /** Sorts the data, waits 10 ms per 1000 elements, and returns the sum. */
  @Profile
  static long processData(List<Integer> data) throws InterruptedException {
    // Simulate CPU-bound work
    List<Integer> sortedData = data.stream().sorted().collect(Collectors.toList());
    // Simulate I/O-bound (or other blocking) work
    Thread.sleep(10L * sortedData.size() / 1000); // Scale sleep with data size
    return sortedData.stream().mapToLong(Integer::longValue).sum();
  }

  static void main() throws InterruptedException {
    List<Integer> largeData = generateData(100_000);
    long result = processData(largeData);
    System.out.println("Processing complete. Result: " + result);
  }
}
