package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The source text carried in results (format 1.4): every method's listed lines and texts are read
 * back exactly, methods without text have none, merged results keep the first text of each method,
 * and a damaged section is refused.
 */
class LprofSourceSectionTest {
  private static final Path FILE = Path.of("t.lprof");

  /** The format test's sample with the text of its first method only, non-ASCII included. */
  static LineResults withText() {
    LineResults sample = LprofFormatTest.sample();
    MethodProfile first = sample.methods().get(0);
    Map<String, MethodSource> texts = new HashMap<>();
    texts.put(
        first.key(),
        new MethodSource(
            "src/main/java/demo/A.java",
            "A.run(int)",
            9,
            List.of(9, 10, 11, 30),
            List.of("  void run(int n) {", "    // Grüße, 日本", "  }", "  int field = n();")));
    return sample.withSources(texts);
  }

  @Test
  void readsBackEachMethodsLinesAndTexts() throws ResultsFormatException {
    LineResults written = withText();
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(written));
    assertEquals(written, read);
    assertTrue(read.hasSources());
    MethodSource text = read.sourceOf(read.methods().get(0)).orElseThrow();
    assertEquals(List.of(9, 10, 11, 30), text.lineNumbers());
    assertEquals("    // Grüße, 日本", text.texts().get(1));
    assertEquals("A.run(int)", text.functionName());
    assertEquals(Optional.empty(), read.sourceOf(read.methods().get(1)));
  }

  @Test
  void resultsWithoutTextHaveNone() throws ResultsFormatException {
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(LprofFormatTest.sample()));
    assertFalse(read.hasSources());
  }

  @Test
  void mergedResultsKeepTheFirstTextOfEachMethod() {
    LineResults merged = LineResults.merge(List.of(LprofFormatTest.sample(), withText()));
    MethodProfile first = merged.methods().get(0);
    assertEquals(withText().sourceOf(first), merged.sourceOf(first));
  }

  @Test
  void aSourceSectionNamingNoMethodIsRefused() {
    byte[] bytes = LprofWriter.toBytes(withText());
    // The section's first method index sits right after its tag, length and count.
    int tag = indexOf(bytes, new byte[] {'S', 'R', 'C', 'T'});
    assertTrue(tag > 0);
    ByteBuffer.wrap(bytes).putInt(tag + 12, 1000);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, bytes));
    assertTrue(e.getMessage().contains("source text for no method"), e.getMessage());
  }

  @Test
  void everyTruncationIsRefusedWithAMessage() {
    byte[] bytes = LprofWriter.toBytes(withText());
    for (int cut = bytes.length - 1; cut > 0; cut -= 5) {
      byte[] shorter = Arrays.copyOf(bytes, cut);
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, shorter));
    }
  }

  @Test
  void aTextNeedsOneNumberPerLine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MethodSource("A.java", "A.f()", 1, List.of(1, 2), List.of("x")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MethodSource("A.java", "A.f()", 1, List.of(0), List.of("x")));
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + part.length), part)) {
        return i;
      }
    }
    return -1;
  }
}
