package org.jkernprof.e2e.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jkernprof.Profile;

/**
 * A program to attach to: says "ready", then calls {@link #work} every 2 ms until the file its
 * argument names exists, and says "done" with how many rounds it ran.
 */
public class AttachLoop {
  @Profile
  static long work(int n) {
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i % 7;
    }
    return acc;
  }

  public static void main(String[] args) throws InterruptedException {
    Path stop = Paths.get(args[0]);
    System.out.println("ready " + work(10));
    System.out.flush();
    long rounds = 0;
    long total = 0;
    for (long waited = 0; !Files.exists(stop) && waited < 120_000; waited += 2) {
      total += work(1000);
      rounds++;
      Thread.sleep(2);
    }
    System.out.println("done " + rounds + " rounds " + (total > 0));
  }
}
