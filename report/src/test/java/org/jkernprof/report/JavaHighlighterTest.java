package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Colours each source line from the tokens of its whole file. Expected lines are written with
 * markers: {@code «K:int»} keyword, {@code «S:"a"»} string or char, {@code «N:1»} number, {@code
 * «C:// x»} comment, {@code «A:@Profile»} annotation.
 */
class JavaHighlighterTest {
  private static final List<String> MARKUP = markup();

  @Test
  void aDoubleSlashInsideAStringIsPartOfTheString() {
    assertEquals(
        "    String url = «S:\"https://acme.example/shop?q=1\"»; «C:// a // inside a string»",
        MARKUP.get(14 - 1));
  }

  @Test
  void escapedQuotesAndCommentMarkersStayInsideTheString() {
    assertEquals(
        "    String quote = «S:\"say \\\"hi\\\" /* not a comment */\"»;", MARKUP.get(15 - 1));
  }

  @Test
  void charLiteralsIncludingAnEscapedQuoteAreStrings() {
    assertEquals(
        "    «K:char» tick = «S:'\\''», slash = «S:'/'», unicode = «S:'\\u0041'»;",
        MARKUP.get(16 - 1));
  }

  @Test
  void everyLineOfABlockCommentIsAComment() {
    assertEquals("    «C:/* A block comment across lines,»", MARKUP.get(17 - 1));
    assertEquals("«C:       \"with a string\" and 42 inside,»", MARKUP.get(18 - 1));
    assertEquals(
        "«C:       ends here: */» «K:int» count = «N:0x1F» + «N:1_000» + («K:int») «N:2.5e1f»;",
        MARKUP.get(19 - 1));
  }

  @Test
  void everyLineOfATextBlockIsAString() {
    assertEquals("    String html = «S:\"\"\"»", MARKUP.get(20 - 1));
    assertEquals("«S:        <p class=\"x\">// not a comment</p>»", MARKUP.get(21 - 1));
    assertEquals("«S:          /* nor this */ 'single' \\\"\"\"»", MARKUP.get(22 - 1));
    assertEquals("«S:        \"\"\"»;", MARKUP.get(23 - 1));
  }

  @Test
  void annotationsAreColouredByNameWithTheirArgumentsColouredAsCode() {
    assertEquals("  «A:@Profile»", MARKUP.get(11 - 1));
    assertEquals(
        "  «A:@SuppressWarnings»({«S:\"unchecked\"», «S:\"rawtypes\"»})", MARKUP.get(12 - 1));
    assertEquals(
        "    «A:@java.lang.Deprecated»(since = «S:\"1.0\"») Object local = «K:null»;",
        MARKUP.get(28 - 1));
  }

  @Test
  void genericsAndShiftsAreLeftAsTheyAre() {
    assertEquals(
        "  «K:static» Map<String, List<Integer>> render(List<String> names, «K:char» separator) {",
        MARKUP.get(13 - 1));
    assertEquals("    Map<String, List<Integer>> index = «K:new» HashMap<>();", MARKUP.get(24 - 1));
    assertEquals(
        "      index.computeIfAbsent(name + separator, k -> «K:new» java.util.ArrayList<>())"
            + ".add(count >>> «N:1»);",
        MARKUP.get(26 - 1));
  }

  @Test
  void contextualKeywordsAreKeywordsOnlyWhereTheParserTookThemAsSuch() {
    assertEquals(
        "    «K:boolean» record = «K:true», yield = «K:false»; «C:// contextual keywords as names»",
        MARKUP.get(29 - 1));
    List<String> lines =
        highlight(
            "record P(int x) {",
            "  int f(int k) {",
            "    return switch (k) { default -> { yield x; } };",
            "  }",
            "}");
    assertEquals("«K:record» P(«K:int» x) {", lines.get(0));
    assertEquals(
        "    «K:return» «K:switch» (k) { «K:default» -> { «K:yield» x; } };", lines.get(2));
  }

  @Test
  void aJavadocCommentBeforeThePackageIsAComment() {
    List<String> lines = highlight("/**", " * Licence.", " */", "package a;", "", "class A {}");
    assertEquals(
        List.of("«C:/**»", "«C: * Licence.»", "«C: */»", "«K:package» a;", "", "«K:class» A {}"),
        lines);
  }

  @Test
  void anAtInterfaceIsAKeyword() {
    assertEquals(
        List.of("«K:@interface» Q { «K:int» v() «K:default» «N:0»; }"),
        highlight("@interface Q { int v() default 0; }"));
  }

  @Test
  void splitsAtWindowsAndOldMacLineEndsAsTheReportDoes() {
    String text = "class A {\r\n  /* a\r\n  b */\r  int x = 1;\n}";
    CompilationUnit unit = SourceFiles.newParser().parse(text).getResult().orElseThrow();
    List<String> lines =
        JavaHighlighter.highlight(unit, text).orElseThrow().stream()
            .map(AnsiText::marked)
            .collect(Collectors.toList());
    assertEquals(
        List.of("«K:class» A {", "  «C:/* a»", "«C:  b */»", "  «K:int» x = «N:1»;", "}"), lines);
  }

  @Test
  void aFileWithSyntaxErrorsIsStillColouredFromItsTokens() {
    String text = "class A {\n  int half(int x) {\n    int r = x / 2\n    return r;\n  }\n}\n";
    ParseResult<CompilationUnit> result = SourceFiles.newParser().parse(text);
    assertFalse(result.isSuccessful());
    Optional<List<StyledText>> lines = JavaHighlighter.highlight(result.getResult().get(), text);
    assertTrue(lines.isPresent(), "the tokens of the unparsable file");
    assertEquals("    «K:int» r = x / «N:2»", AnsiText.marked(lines.get().get(2)));
  }

  @Test
  void colorsNothingWhenTheTokensDoNotSpellTheText() {
    CompilationUnit unit = SourceFiles.newParser().parse("class A {}").getResult().orElseThrow();
    assertEquals(Optional.empty(), JavaHighlighter.highlight(unit, "class B {}"));
  }

  @Test
  void theVisibleTextOfEveryLineIsTheSourceLine() {
    String text = source();
    List<String> plainLines = List.of(text.split("\r\n|\r|\n", -1));
    CompilationUnit unit = SourceFiles.newParser().parse(text).getResult().orElseThrow();
    List<StyledText> styled = JavaHighlighter.highlight(unit, text).orElseThrow();
    assertEquals(plainLines.size(), styled.size());
    for (int i = 0; i < styled.size(); i++) {
      assertEquals(plainLines.get(i), styled.get(i).plain(), "line " + (i + 1));
      assertEquals(plainLines.get(i), AnsiText.strip(styled.get(i).ansi()), "line " + (i + 1));
    }
  }

  private static List<String> highlight(String... lines) {
    String text = String.join("\n", lines);
    CompilationUnit unit = SourceFiles.newParser().parse(text).getResult().orElseThrow();
    return JavaHighlighter.highlight(unit, text).orElseThrow().stream()
        .map(AnsiText::marked)
        .collect(Collectors.toList());
  }

  /** The lines of the fixture {@code Markup.java}, marked. */
  private static List<String> markup() {
    String text = source();
    ParseResult<CompilationUnit> result = SourceFiles.newParser().parse(text);
    assertTrue(result.isSuccessful(), result.getProblems().toString());
    return JavaHighlighter.highlight(result.getResult().get(), text).orElseThrow().stream()
        .map(AnsiText::marked)
        .collect(Collectors.toList());
  }

  private static String source() {
    try {
      return new String(
          Files.readAllBytes(
              GoldenFiles.resourceFolder("report/shop")
                  .resolve("src/main/java/com/acme/shop/Markup.java")),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
