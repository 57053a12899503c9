package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Records and enums with profiled methods, constructors and constant bodies. */
public class RecordsAndEnums {
  record Point(int x, int y) {
    /** Built for (3, 4), twice for (0, 0) and for (-1, 2), which throws. */
    @Profile
    Point {
      if (x < 0) { // hits(4)
        throw new IllegalArgumentException("negative x"); // hits(1)
      }
    }

    @Profile
    int manhattan() {
      return Math.abs(x) + Math.abs(y); // hits(1)
    }

    @Profile
    static Point origin() {
      return new Point(0, 0); // hits(2)
    }
  }

  enum Op {
    ADD {
      @Profile
      @Override
      int apply(int a, int b) {
        return a + b; // hits(3)
      }
    },
    MUL {
      @Override
      int apply(int a, int b) {
        return a * b; // hits(0): this constant's body is not marked
      }
    };

    abstract int apply(int a, int b);

    @Profile
    int applyTwice(int a, int b) {
      return apply(apply(a, b), b); // hits(2)
    }

    @Profile
    static Op parse(String symbol) {
      // The return instruction after the switch is on this line again: 2 hits per call.
      return switch (symbol) { // hits(6)
        case "+" -> ADD; // hits(2)
        case "*" -> MUL; // hits(1)
        default -> throw new IllegalArgumentException("unknown " + symbol);
      };
    }
  }

  public static void main(String[] args) {
    Point p = new Point(3, 4);
    System.out.println(p + " " + p.manhattan());
    System.out.println(Point.origin() + " " + Point.origin().x());
    try {
      new Point(-1, 2);
    } catch (IllegalArgumentException e) {
      System.out.println("caught " + e.getMessage());
    }
    System.out.println("add twice " + Op.parse("+").applyTwice(1, 2));
    System.out.println("mul twice " + Op.parse("*").applyTwice(2, 3));
    System.out.println("add once " + Op.parse("+").apply(5, 6));
  }
}
