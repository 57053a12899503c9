package versions;

import java.util.List;
import java.util.stream.Collectors;

/** Java 16: records (compact constructors, static members), instanceof patterns, local records. */
public class Features16 {
  record Point(int x, int y) {
    Point {
      if (x < 0) {
        throw new IllegalArgumentException("x");
      }
    }

    static Point origin() {
      return new Point(0, 0);
    }

    double length() {
      return Math.sqrt(x * x + y * y);
    }
  }

  class Inner {
    static int created = 0; // static members in inner classes are new in 16

    Inner() {
      created++;
    }
  }

  static String describe(Object o) {
    if (o instanceof Point p && p.x() > 0) {
      return "point " + p.length();
    } else if (o instanceof String s) {
      return "string " + s.length();
    }
    return "other";
  }

  public static String run() {
    record Pair(String name, int count) {}
    enum Level {
      LOW,
      HIGH
    }
    List<Pair> pairs = List.of(new Pair("a", 1), new Pair("b", 2));
    new Features16().new Inner();
    return describe(new Point(3, 4))
        + describe("xy")
        + describe(Point.origin())
        + pairs.stream().map(Pair::toString).collect(Collectors.joining(","))
        + Level.HIGH
        + Inner.created
        + new Point(1, 2).equals(new Point(1, 2))
        + new Point(1, 2).hashCode();
  }
}
