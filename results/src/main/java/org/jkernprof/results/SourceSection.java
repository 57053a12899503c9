package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code .lprof} section that carries the source text of the profiled methods (format 1.4): u32
 * how many methods have one, then per method u32 its index in the file's table, str the file, str
 * the method's name as the report writes it, u32 its declaration's first line, u32 the listed
 * lines, then per line u32 its number and str its text. Written by the command line tool and the
 * Maven report, where the sources are at hand; the agent never writes it.
 */
final class SourceSection {
  /** The section's tag: {@code 'SRCT'}. */
  static final int TAG = 0x53524354;

  private SourceSection() {}

  static void write(LineResults results, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    List<MethodProfile> methods = results.methods();
    int count = 0;
    for (MethodProfile m : methods) {
      count += results.sourceOf(m).isPresent() ? 1 : 0;
    }
    out.writeInt(count);
    for (int i = 0; i < methods.size(); i++) {
      MethodSource source = results.sourceOf(methods.get(i)).orElse(null);
      if (source == null) {
        continue;
      }
      out.writeInt(i);
      file.string(source.filePath());
      file.string(source.functionName());
      out.writeInt(source.declarationLine());
      out.writeInt(source.lineNumbers().size());
      for (int j = 0; j < source.lineNumbers().size(); j++) {
        out.writeInt(source.lineNumbers().get(j));
        file.string(source.texts().get(j));
      }
    }
  }

  /** Each method's source text by its key, read from the reader's position. */
  static Map<String, MethodSource> read(ResultsFileReader reader, List<MethodProfile> methods)
      throws ResultsFormatException {
    int count = reader.count(4 * 5);
    Map<String, MethodSource> sources = new HashMap<>();
    int previous = -1;
    for (int i = 0; i < count; i++) {
      int index = reader.in().getInt();
      if (index <= previous || index >= methods.size()) {
        throw reader.corrupt("a source text for no method, or out of order");
      }
      previous = index;
      String file = reader.string();
      String function = reader.string();
      int declarationLine = reader.in().getInt();
      int lines = reader.count(4 + 4);
      List<Integer> numbers = new ArrayList<>(lines);
      List<String> texts = new ArrayList<>(lines);
      for (int j = 0; j < lines; j++) {
        int number = reader.in().getInt();
        if (number <= 0) {
          throw reader.corrupt("a source line numbered " + number);
        }
        numbers.add(number);
        texts.add(reader.string());
      }
      sources.put(
          methods.get(index).key(),
          new MethodSource(file, function, declarationLine, numbers, texts));
    }
    return sources;
  }
}
