package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Static, instance and synchronized methods, synchronized blocks, also left by a throw. */
public class MethodKinds {
  private final Object lock = new Object();
  private int count;

  @Profile
  static int square(int x) {
    return x * x; // hits(5)
  }

  @Profile
  int add(int x) {
    count += x; // hits(5)
    return count; // hits(5)
  }

  /** Called 2 x 5000 times from two threads at once. */
  @Profile
  synchronized void increment() {
    count++; // hits(10000)
  }

  /** Called with 10, then with 0. */
  @Profile
  int synchronizedBlock(int n) {
    int local = 0; // hits(2)
    for (int i = 0; i < n; i++) { // hits(12)
      synchronized (lock) { // hits(10)
        count++; // hits(10)
        local++; // hits(10)
      } // hits(10): javac releases the lock of the normal path on the closing brace
    }
    return local; // hits(2)
  }

  @Profile
  int throwInsideSynchronized() {
    synchronized (lock) { // hits(1)
      if (count >= 0) { // hits(1)
        throw new IllegalStateException("thrown while holding the lock"); // hits(1)
      }
    } // hits(1): javac's handler that releases the lock on the way out belongs to this line
    return count; // hits(0)
  }

  public static void main(String[] args) throws InterruptedException {
    int squares = 0;
    for (int i = 1; i <= 5; i++) {
      squares += square(i);
    }
    System.out.println("squares " + squares);
    MethodKinds m = new MethodKinds();
    for (int i = 1; i <= 5; i++) {
      m.add(i);
    }
    System.out.println("after add " + m.count);
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 5000; i++) {
                  m.increment();
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.println("after increment " + m.count);
    System.out.println("synchronized block " + m.synchronizedBlock(10) + " " + m.count);
    try {
      m.throwInsideSynchronized();
    } catch (IllegalStateException e) {
      System.out.println("caught " + e.getMessage());
    }
    // The lock must have been released on the way out, or this would hang.
    System.out.println("synchronized block again " + m.synchronizedBlock(0));
  }
}
