package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Exceptions thrown and caught inside a profiled method, thrown by a callee, and propagating out
 * of one or several profiled frames: lines after the throw are never entered, and the frames a
 * throw leaves do not disturb the hits of the frames that catch it or run later.
 */
public class Exceptions {
  @Profile
  static int caughtInside(int n) {
    int caught = 0; // hits(1)
    int ok = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(31)
      try {
        if (i % 3 == 0) { // hits(30)
          throw new IllegalStateException("multiple of three"); // hits(10)
        }
        ok++; // hits(20)
      } catch (IllegalStateException e) { // hits(10)
        caught++; // hits(10)
      }
    }
    return caught * 100 + ok; // hits(1)
  }

  @Profile
  static String caughtFromCallee(String text) {
    try {
      return "parsed " + Integer.parseInt(text); // hits(2)
    } catch (NumberFormatException e) { // hits(1)
      return "not a number: " + text; // hits(1)
    }
  }

  /** Called twice with depth 3: four frames each, the deepest throws. */
  @Profile
  static void thrower(int depth) {
    if (depth == 0) { // hits(8)
      throw new IllegalArgumentException("bottom"); // hits(2)
    }
    thrower(depth - 1); // hits(6)
    System.out.println("never printed"); // hits(0)
  }

  /** A callee throws in the middle of a line, and the exception leaves this frame too. */
  @Profile
  static int parseTwice(String text) {
    int value = Integer.parseInt(text); // hits(1)
    return value * 2; // hits(0)
  }

  @Profile
  static int outerCatches() {
    try {
      middle(); // hits(1)
      return 0; // hits(0)
    } catch (IllegalStateException e) { // hits(1)
      return 1; // hits(1)
    }
  }

  @Profile
  static void middle() {
    inner(); // hits(1)
    System.out.println("after inner"); // hits(0)
  }

  @Profile
  static void inner() {
    int x = 1; // hits(1)
    if (x > 0) { // hits(1)
      throw new IllegalStateException("from inner"); // hits(1)
    }
    System.out.println("unreachable"); // hits(0)
  }

  /** Runs after the throws above: frames left by exceptions must not have broken anything. */
  @Profile
  static int afterwards(int n) {
    int acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(11)
      acc += i; // hits(10)
    }
    return acc; // hits(1)
  }

  public static void main(String[] args) {
    System.out.println("caughtInside " + caughtInside(30));
    System.out.println(caughtFromCallee("42"));
    System.out.println(caughtFromCallee("x"));
    for (int round = 0; round < 2; round++) {
      try {
        thrower(3);
      } catch (IllegalArgumentException e) {
        System.out.println("main caught " + e.getMessage());
      }
    }
    try {
      parseTwice("nope");
    } catch (NumberFormatException e) {
      System.out.println("main caught " + e.getMessage());
    }
    System.out.println("outerCatches " + outerCatches());
    System.out.println("afterwards " + afterwards(10));
  }
}
