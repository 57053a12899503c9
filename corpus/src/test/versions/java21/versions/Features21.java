package versions;

import java.util.List;

/** Java 21: pattern switches over sealed types and records, record patterns, guards, null. */
public class Features21 {
  sealed interface Shape permits Circle, Rect, Group {}

  record Circle(double r) implements Shape {}

  record Rect(double w, double h) implements Shape {}

  record Group(List<Shape> members, String name) implements Shape {}

  enum Suit {
    HEARTS,
    SPADES
  }

  static double area(Shape s) {
    return switch (s) {
      case Circle c when c.r() == 0 -> 0;
      case Circle(double r) -> Math.PI * r * r;
      case Rect(double w, double h) when w == h -> w * w;
      case Rect(var w, var h) -> w * h;
      case Group(List<Shape> members, String name) -> {
        double sum = 0;
        for (Shape m : members) {
          sum += area(m);
        }
        yield sum;
      }
    };
  }

  static String describe(Object o) {
    return switch (o) {
      case null -> "null";
      case Integer i when i > 10 -> "big " + i;
      case Integer i -> "int " + i;
      case Suit suit when suit == Suit.HEARTS -> "red suit";
      case Suit suit -> "black suit";
      case String s -> "string " + s.length();
      default -> "object";
    };
  }

  static String suit(Suit s) {
    return switch (s) {
      case HEARTS -> "h";
      case SPADES -> "s";
    };
  }

  public static String run() {
    Shape group = new Group(List.of(new Rect(2, 2), new Rect(2, 3), new Circle(0)), "g");
    return area(group)
        + describe(null)
        + describe(42)
        + describe(3)
        + describe(Suit.SPADES)
        + describe("abc")
        + describe(1.5)
        + suit(Suit.HEARTS);
  }
}
