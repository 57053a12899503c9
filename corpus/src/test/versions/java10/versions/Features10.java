package versions;

import java.util.HashMap;

/** Java 10: local variable type inference, also of an anonymous class's own members. */
public class Features10 {
  public static String run() {
    var counts = new HashMap<String, Integer>();
    for (var word : "a b a c a".split(" ")) {
      counts.merge(word, 1, Integer::sum);
    }
    var point =
        new Object() {
          int x = 3;
          int y = 4;
        };
    return counts + ":" + (point.x * point.y);
  }
}
