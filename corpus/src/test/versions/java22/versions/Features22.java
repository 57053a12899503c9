package versions;

import java.util.List;
import java.util.function.BiFunction;

/** Java 22: unnamed variables and patterns. */
public class Features22 {
  record Box(Object content, int weight) {}

  static int weight(Object o) {
    return switch (o) {
      case Box(String _, int w) -> w * 2;
      case Box(_, int w) -> w;
      default -> 0;
    };
  }

  public static String run() {
    int count = 0;
    for (String _ : List.of("a", "b", "c")) {
      count++;
    }
    BiFunction<Integer, Integer, Integer> first = (a, _) -> a;
    try {
      Integer.parseInt("not a number");
    } catch (NumberFormatException _) {
      count += 10;
    }
    return count + ":" + first.apply(7, 8) + ":" + weight(new Box("s", 3)) + weight(new Box(1, 3));
  }
}
