package org.jkernprof.e2e.jdk25;

import java.util.List;
import org.jkernprof.Profile;

/**
 * Compiled at test time by JDK 25's javac with {@code --release 25} (class file version 69) and
 * run on JDK 25: loops, lambdas, switches with record patterns, records and unnamed variables.
 */
public class Modern {
  sealed interface Shape permits Circle, Square {}

  record Circle(double radius) implements Shape {}

  record Square(double side) implements Shape {
    /** Built for sides 2, 3 and -1, which throws. */
    @Profile
    Square {
      if (side < 0) { // hits(3)
        throw new IllegalArgumentException("negative side"); // hits(1)
      }
    }
  }

  /** Called for two circles and two squares. */
  @Profile
  static String describe(Shape shape) {
    String kind = switch (shape) { // hits(4)
      case Circle c -> "circle " + c.radius(); // hits(2)
      case Square(double side) -> "square " + side; // hits(2)
    };
    return kind; // hits(4)
  }

  @Profile
  static long loops(List<Integer> values) {
    long acc = 0; // hits(1)
    for (int i = 0; i < values.size(); i++) { // hits(6)
      acc += values.get(i); // hits(5)
    }
    int j = 0; // hits(1)
    while (j < 3) { // hits(4)
      j++; // hits(3)
    }
    do {
      j--; // hits(3)
    } while (j > 0); // hits(3)
    return acc; // hits(1)
  }

  /** One own hit and one per element. */
  @Profile
  static int lambdas(List<Integer> values) {
    return values.stream().mapToInt(v -> v * 2).sum(); // hits(6)
  }

  /** Called with "12" and "x". */
  @Profile
  static int parseOrZero(String text) {
    try {
      return Integer.parseInt(text); // hits(2)
    } catch (NumberFormatException _) { // hits(1)
      return 0; // hits(1)
    }
  }

  public static void main(String[] args) {
    List<Shape> shapes = List.of(new Circle(1), new Square(2), new Circle(2), new Square(3));
    for (Shape s : shapes) {
      System.out.println(describe(s));
    }
    try {
      new Square(-1);
    } catch (IllegalArgumentException e) {
      System.out.println("caught " + e.getMessage());
    }
    List<Integer> values = List.of(1, 2, 3, 4, 5);
    System.out.println("loops " + loops(values));
    System.out.println("lambdas " + lambdas(values));
    System.out.println("parse " + parseOrZero("12") + " " + parseOrZero("x"));
  }
}
