package org.jkernprof.e2e.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jkernprof.Profile;

/**
 * Works, says "ready", waits for the file its first argument names, and then ends as its second
 * argument says: {@code return}, {@code exit3} (System.exit(3)), {@code throw} (an uncaught
 * exception) or {@code wait} (says "waiting" and sleeps until a signal ends the JVM).
 */
public class EndsWhenTold {
  @Profile
  static long work(int n) {
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i % 7;
    }
    return acc;
  }

  public static void main(String[] args) throws InterruptedException {
    System.out.println("ready " + work(100));
    System.out.flush();
    Path go = Paths.get(args[0]);
    for (int waited = 0; !Files.exists(go) && waited < 60_000; waited += 10) {
      Thread.sleep(10);
    }
    switch (args[1]) {
      case "exit3":
        System.exit(3);
        break;
      case "throw":
        throw new IllegalStateException("uncaught on purpose");
      case "wait":
        System.out.println("waiting");
        System.out.flush();
        Thread.sleep(120_000);
        break;
      default:
        break;
    }
  }
}
