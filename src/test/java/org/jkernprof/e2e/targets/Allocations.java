package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.Profile;

/**
 * Lines with known allocations, for memory counting ({@code memory}): a line that allocates
 * {@code new byte[1 << 20]} ten times, lines that allocate nothing, a line whose callee allocates,
 * and four threads that each allocate a different amount on their own line.
 */
public class Allocations {
  static final int MIB = 1 << 20;
  static byte[] kept;

  @Profile
  static long tenMebibytes() {
    long sum = 0; // hits(1) line:nothing
    for (int i = 0; i < 10; i++) { // hits(11)
      kept = new byte[MIB]; // hits(10) line:tenMiB
      sum += kept.length; // hits(10) line:noAllocation
    }
    return sum; // hits(1)
  }

  @Profile
  static int viaCallee() {
    byte[] b = allocate(3 * MIB); // hits(1) line:callee
    return b.length; // hits(1)
  }

  static byte[] allocate(int size) {
    return new byte[size];
  }

  @Profile
  static long perThread(int which) throws InterruptedException {
    List<byte[]> kept = new ArrayList<>(); // hits(4)
    if (which == 0) { // hits(4)
      kept.add(new byte[1 * MIB]); // hits(1) line:thread0
    } else if (which == 1) { // hits(3)
      kept.add(new byte[2 * MIB]); // hits(1) line:thread1
    } else if (which == 2) { // hits(2)
      kept.add(new byte[4 * MIB]); // hits(1) line:thread2
    } else {
      kept.add(new byte[8 * MIB]); // hits(1) line:thread3
    }
    return kept.get(0).length; // hits(4)
  }

  public static void main(String[] args) throws Exception {
    System.out.println(tenMebibytes());
    System.out.println(viaCallee());
    List<Thread> threads = new ArrayList<>();
    long[] sizes = new long[4];
    for (int t = 0; t < 4; t++) {
      int which = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  sizes[which] = perThread(which);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println(sizes[0] + sizes[1] + sizes[2] + sizes[3]);
  }
}
