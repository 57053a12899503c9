package org.jkernprof.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedHitsTest {
  @TempDir Path dir;

  @Test
  void aCommentThatStartsWithHitsExpectsThatMany() {
    assertEquals(
        Optional.of(new ExpectedHits(7, 101, null, "for (int i = 0; i < n; i++) { // hits(101)")),
        ExpectedHits.ofLine(7, "    for (int i = 0; i < n; i++) { // hits(101)"));
    assertEquals(0, ExpectedHits.ofLine(1, "return x; //hits(0): never").orElseThrow().hits());
  }

  @Test
  void inNamesTheMethodWhoseListingMustHoldTheHits() {
    ExpectedHits lambda =
        ExpectedHits.ofLine(3, "  return 2 * x; // hits(4) in(build): 1 + 3 of the lambda")
            .orElseThrow();
    assertEquals(4, lambda.hits());
    assertEquals("build", lambda.method());
    assertEquals(
        "<init>", ExpectedHits.ofLine(9, "class A { // hits(1) in(<init>)").orElseThrow().method());
  }

  @Test
  void linesWithoutTheCommentAreNotChecked() {
    assertEquals(Optional.empty(), ExpectedHits.ofLine(1, "int hits = count(); // ten"));
    assertEquals(Optional.empty(), ExpectedHits.ofLine(2, " * Comments hits(N) give the hits."));
    assertEquals(Optional.empty(), ExpectedHits.ofLine(3, " * <li>{@code // hits(N)}: the hits"));
  }

  @Test
  void aCommentThatMentionsHitsElsewhereIsRefusedNotSkipped() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExpectedHits.ofLine(5, "work(); // twice: hits(2)"));
    assertTrue(
        refused.getMessage().startsWith("line 5 has hits(N) in a comment"), refused.getMessage());
  }

  @Test
  void readsEveryCommentOfAFileInLineOrder() throws IOException {
    Path source =
        Files.write(
            dir.resolve("Loop.java"),
            List.of(
                "static long sum(int n) {",
                "  long acc = 0; // hits(1)",
                "  for (int i = 0; i < n; i++) { // hits(4)",
                "    acc += i; // hits(3)",
                "  }",
                "  return acc; // hits(1)",
                "}"));

    assertEquals(Map.of(2, 1L, 3, 4L, 4, 3L, 6, 1L), ExpectedHits.byLine(source));
    assertEquals(
        List.of(2, 3, 4, 6), ExpectedHits.parse(source).stream().map(ExpectedHits::line).toList());
  }

  @Test
  void aFileWithoutCommentsIsRefusedNotSkipped() throws IOException {
    Path source = Files.write(dir.resolve("None.java"), List.of("class None {", "}"));

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ExpectedHits.parse(source));
    assertEquals(source + " has no // hits(N) comment to check", refused.getMessage());
  }

  @Test
  void aRefusedLineIsReportedWithItsFile() throws IOException {
    Path source = Files.write(dir.resolve("Bad.java"), List.of("", "x(); // 2 hits(2)"));

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ExpectedHits.parse(source));
    assertTrue(refused.getMessage().startsWith(source + ": line 2 "), refused.getMessage());
  }
}
