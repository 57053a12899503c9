package com.acme.shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.Profile;

/** Source lines that are hard to colour one at a time. */
public class Markup {

  @Profile
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Map<String, List<Integer>> render(List<String> names, char separator) {
    String url = "https://acme.example/shop?q=1"; // a // inside a string
    String quote = "say \"hi\" /* not a comment */";
    char tick = '\'', slash = '/', unicode = '\u0041';
    /* A block comment across lines,
       "with a string" and 42 inside,
       ends here: */ int count = 0x1F + 1_000 + (int) 2.5e1f;
    String html = """
        <p class="x">// not a comment</p>
          /* nor this */ 'single' \"""
        """;
    Map<String, List<Integer>> index = new HashMap<>();
    for (String name : names) {
      index.computeIfAbsent(name + separator, k -> new java.util.ArrayList<>()).add(count >>> 1);
    }
    @java.lang.Deprecated(since = "1.0") Object local = null;
    boolean record = true, yield = false; // contextual keywords as names
    return record && !yield ? index : null;
  }
}
