package versions;

/** Java 14: switch expressions, with arrows and with yield, on ints, strings and enums. */
public class Features14 {
  enum Day {
    MON,
    TUE,
    SAT,
    SUN
  }

  static String kind(Day day) {
    return switch (day) {
      case SAT, SUN -> "weekend";
      default -> {
        String s = day.name().toLowerCase();
        yield "work:" + s;
      }
    };
  }

  static int code(String s) {
    return switch (s) {
      case "one":
        yield 1;
      case "two":
        yield 2;
      default:
        int n = s.length();
        yield n * 10;
    };
  }

  static String size(int n) {
    return switch (n) {
      case 0 -> "none";
      case 1, 2, 3 -> "few";
      default -> n < 0 ? "negative" : "many";
    };
  }

  public static String run() {
    return kind(Day.SUN) + kind(Day.TUE) + code("two") + code("three") + size(2) + size(-3);
  }
}
