package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * try/finally and try-with-resources. javac copies a finally block once per way out of the try
 * (normal end, each return, the exception handler); each copy counts for the same source line.
 */
public class TryFinally {
  static int cleanups;

  @Profile
  static int normalPath(int x) {
    int r;
    try {
      r = x * 2; // hits(1)
    } finally {
      cleanups++; // hits(1)
    }
    return r; // hits(1)
  }

  @Profile
  static int exceptionalPath(int x) {
    try {
      if (x > 0) { // hits(1)
        throw new IllegalStateException("boom"); // hits(1)
      }
      return x; // hits(0)
    } finally {
      cleanups++; // hits(1)
    }
  }

  /** Called 3 times. */
  @Profile
  static int returnInsideTry(int x) {
    try {
      // Known javac quirk: the return instruction after the inlined finally block gets its own
      // line-table entry for this line, so each execution enters this line twice.
      return x + 1; // hits(6)
    } finally {
      cleanups++; // hits(3)
    }
  }

  @Profile
  static int caughtAndFinally(int x) {
    int r = 0; // hits(2)
    try {
      r = 100 / x; // hits(2)
    } catch (ArithmeticException e) { // hits(1)
      r = -1; // hits(1)
    } finally {
      cleanups++; // hits(2)
    }
    return r; // hits(2)
  }

  /** A resource that says when it is closed. */
  static final class Resource implements AutoCloseable {
    private final String name;

    Resource(String name) {
      this.name = name;
    }

    int value(int i) {
      return i * 10;
    }

    @Override
    public void close() {
      System.out.println("closed " + name);
    }
  }

  @Profile
  static int withResource(int n) {
    int total = 0; // hits(1)
    try (Resource r = new Resource("a")) { // hits(1)
      for (int i = 0; i < n; i++) { // hits(4)
        total += r.value(i); // hits(3)
      }
    } // hits(1): javac closes the resource of the normal path on the closing brace
    return total; // hits(1)
  }

  @Profile
  static int resourceAndThrow() {
    // javac closes the resource of the exceptional path on the try line: entered a second time.
    try (Resource r = new Resource("b")) { // hits(2)
      int v = r.value(1); // hits(1)
      if (v > 0) { // hits(1)
        throw new IllegalStateException("thrown with an open resource"); // hits(1)
      }
      return v; // hits(0)
    } catch (IllegalStateException e) { // hits(1)
      return -1; // hits(1)
    }
  }

  public static void main(String[] args) {
    System.out.println("normal " + normalPath(21));
    try {
      exceptionalPath(1);
    } catch (IllegalStateException e) {
      System.out.println("caught " + e.getMessage());
    }
    for (int i = 0; i < 3; i++) {
      System.out.println("return inside try " + returnInsideTry(i));
    }
    System.out.println("caught and finally " + caughtAndFinally(4) + " " + caughtAndFinally(0));
    System.out.println("with resource " + withResource(3));
    System.out.println("resource and throw " + resourceAndThrow());
    System.out.println("cleanups " + cleanups);
  }
}
