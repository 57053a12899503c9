package org.jkernprof.agent.instr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code // hits(N)} comments from a test source file: line number to expected hits. */
final class ExpectedHits {
  private static final Pattern HITS = Pattern.compile("//\\s*hits\\((\\d+)\\)");

  private ExpectedHits() {}

  static Map<Integer, Long> in(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source);
    Map<Integer, Long> expected = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HITS.matcher(lines.get(i));
      if (m.find()) {
        expected.put(i + 1, Long.parseLong(m.group(1)));
      }
    }
    return expected;
  }
}
