package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jkernprof.Profile;

/**
 * Eight threads run the same profiled loop 100,000 times at once: every hit of every thread must
 * be in the results. Pool threads that are still alive at exit count too.
 */
public class Threads {
  static final int THREADS = 8;
  static final int ITERATIONS = 100_000;

  @Profile
  static long work(int iterations) {
    long acc = 0; // hits(8)
    for (int i = 0; i < iterations; i++) { // hits(800008)
      acc += i % 7; // hits(800000)
    }
    return acc; // hits(8)
  }

  /** Run 20 times by 3 pool threads that never end. */
  @Profile
  static int task(int id) {
    int r = id * 2; // hits(20)
    return r + 1; // hits(20)
  }

  public static void main(String[] args) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    long[] results = new long[THREADS];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int slot = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
                results[slot] = work(ITERATIONS);
              });
      threads.add(thread);
      thread.start();
    }
    go.countDown();
    long total = 0;
    for (int t = 0; t < THREADS; t++) {
      threads.get(t).join();
      total += results[t];
    }
    System.out.println("total " + total);

    ExecutorService pool =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread daemon = new Thread(r);
              daemon.setDaemon(true);
              return daemon;
            });
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int id = i;
      futures.add(pool.submit(() -> task(id)));
    }
    int sum = 0;
    for (Future<Integer> f : futures) {
      sum += f.get();
    }
    System.out.println("tasks " + sum);
  }
}
