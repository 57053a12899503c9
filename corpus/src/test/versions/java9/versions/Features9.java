package versions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Java 9: private interface methods, diamond with anonymous classes, try on an existing resource. */
public class Features9 {
  interface Greeter {
    default String greet(String name) {
      return decorate("hello " + name);
    }

    private String decorate(String text) {
      return "<" + text + ">";
    }
  }

  public static String run() throws Exception {
    Comparator<String> byLength =
        new Comparator<>() {
          @Override
          public int compare(String a, String b) {
            return Integer.compare(a.length(), b.length());
          }
        };
    List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
    words.sort(byLength);
    StringReader reader = new StringReader("xyz");
    try (reader) {
      return new Greeter() {}.greet("nine") + words + (char) reader.read();
    }
  }
}
