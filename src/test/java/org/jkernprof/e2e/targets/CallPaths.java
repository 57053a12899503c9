package org.jkernprof.e2e.targets;

/**
 * Known call paths: {@code leaf} is called on two paths and sleeps a different time on each, 200 ms
 * under {@code viaA} (once) and 50 ms under {@code viaB} (twice); {@code down} recurses four frames
 * deep.
 */
public class CallPaths {
  public static void main(String[] args) throws InterruptedException {
    viaA();
    viaB();
    viaB();
    down(3);
    System.out.println("done");
  }

  static void viaA() throws InterruptedException {
    leaf(200);
  }

  static void viaB() throws InterruptedException {
    leaf(50);
  }

  static void leaf(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  static int down(int n) {
    return n == 0 ? 0 : 1 + down(n - 1);
  }
}
