package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Marked methods without code: the agent warns once about each and the program runs as always.
 * The abstract method's implementation is marked too and is profiled.
 */
public class AbstractAndNative {
  abstract static class Shape {
    @Profile
    abstract double area();
  }

  static final class Square extends Shape {
    private final double side;

    Square(double side) {
      this.side = side;
    }

    @Profile
    @Override
    double area() {
      return side * side; // hits(2)
    }
  }

  @Profile
  static native long nativeClock();

  public static void main(String[] args) {
    Shape a = new Square(2);
    Shape b = new Square(3);
    System.out.println("areas " + a.area() + " " + b.area());
    try {
      System.out.println("native " + nativeClock());
    } catch (UnsatisfiedLinkError e) {
      System.out.println("no native code: " + e.getMessage());
    }
  }
}
