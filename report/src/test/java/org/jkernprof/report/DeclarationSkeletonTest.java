package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclarationSkeletonTest {
  private static final SourceFiles SOURCES = new SourceFiles(new SourceResolver(List.of()));

  @Test
  void methodBodiesAreLeftOutWithTheirLineBreaks() {
    String text =
        String.join(
            "\n",
            "class A {",
            "  int twice(int x) {",
            "    int y = x * 2;",
            "    return y;",
            "  }",
            "}",
            "");

    String skeleton = DeclarationSkeleton.of(text).orElseThrow();

    assertEquals(
        String.join("\n", "class A {", "  int twice(int x) {", "", "", "}", "}", ""), skeleton);
  }

  @Test
  void everyDeclarationOfATrickySourceIsFoundAsInAWholeParse() throws IOException {
    String text = tricky();

    Declarations fromSkeleton = SOURCES.declarationsOf(text).orElseThrow();
    Declarations whole = SOURCES.declarationsOfWholeText(text).orElseThrow();

    assertEquals(whole, fromSkeleton);
    // Methods of anonymous, local and enum-constant classes are declarations too: seven run(),
    // three apply() (two constant bodies and the abstract one), and one of each of the others.
    assertEquals(7, whole.methods("run").size(), whole.toString());
    assertEquals(3, whole.methods("apply").size(), whole.toString());
    for (String name :
        List.of("hidden", "toString", "sum", "generic", "arrays", "initialValue", "compare")) {
      assertEquals(1, whole.methods(name).size(), name + " in " + whole);
    }
    assertEquals(1, whole.compactConstructors("Pair").size(), whole.toString());
    assertEquals(1, whole.compactConstructors("Point").size(), whole.toString());
    assertEquals(1, whole.staticInitializers().size(), whole.toString());
  }

  @Test
  void theSkeletonOfATrickySourceKeepsItsLinesAndLeavesOutCode() throws IOException {
    String text = tricky();

    String skeleton = DeclarationSkeleton.of(text).orElseThrow();

    assertEquals(SourceLines.of(text).size(), SourceLines.of(skeleton).size());
    assertFalse(skeleton.contains("this.symbol = symbol"), skeleton);
    assertFalse(skeleton.contains("instance initializer"), skeleton);
    assertFalse(skeleton.contains("case String s"), skeleton);
    assertTrue(
        skeleton.contains("public String toString() {"), "a method of a nested class is kept");
  }

  @Test
  void bracesInsideLiteralsAndCommentsDoNotCount() {
    String text =
        String.join(
            "\n",
            "class A {",
            "  String s = \"{\";",
            "  char c = '}';",
            "  // }",
            "  /* } */",
            "  String t = \"\"\"",
            "      }",
            "      \"\"\";",
            "  void m() { String u = \"}\"; }",
            "}");

    String skeleton = DeclarationSkeleton.of(text).orElseThrow();

    assertTrue(skeleton.contains("void m() {}"), skeleton);
    assertTrue(skeleton.endsWith("\"\"\";\n  void m() {}\n}"), skeleton);
  }

  @Test
  void aSourceThatCannotBeCutSafelyHasNoSkeleton() {
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { void m() { }"));
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { void m( { } }"));
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { /* never closed }"));
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { String s = \"open; }"));
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { String s = \"\"\" }"));
    // A Unicode escape may be a brace: \u007d is '}'.
    assertEquals(Optional.empty(), DeclarationSkeleton.of("class A { void m() { \\u007d }"));
  }

  @Test
  void aSourceWhoseSkeletonDoesNotParseIsParsedWhole() {
    // The skeleton of this source does not parse ("throws" without a type): its declarations are
    // those of the whole text, which does not parse either.
    assertEquals(
        Optional.empty(), SOURCES.declarationsOf("class A { void m() throws { int x = 1; } }"));
    assertTrue(SOURCES.declarationsOf("class A { void m() { int x = 1 } }").isPresent());
  }

  private static String tricky() throws IOException {
    return Files.readString(GoldenFiles.resourceFolder("report/skeleton").resolve("Tricky.java"));
  }
}
