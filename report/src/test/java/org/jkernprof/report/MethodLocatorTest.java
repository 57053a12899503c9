package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;

class MethodLocatorTest {
  private static final CompilationUnit SHAPES =
      parse(
          "package com.acme;", //  1
          "", //  2
          "public class Shapes {", //  3
          "  private final int[] sizes = new int[4];", //  4
          "", //  5
          "  /** Javadoc is not part of the declaration. */", //  6
          "  @Deprecated", //  7
          "  public Shapes(int n) {", //  8
          "    sizes[0] = n;", //  9
          "  }", // 10
          "", // 11
          "  int area(int side) { return side * side; }", // 12
          "  int area(int w, int h) {", // 13
          "    return w * h;", // 14
          "  }", // 15
          "", // 16
          "  void Shapes() {", // 17  a method named like its class
          "  }", // 18
          "", // 19
          "  static class Square {", // 20
          "    Square(int side) {", // 21
          "      run();", // 22
          "    }", // 23
          "    void run() {", // 24
          "      new Runnable() {", // 25
          "        public void run() {", // 26
          "          System.out.println();", // 27
          "        }", // 28
          "      }.run();", // 29
          "      class Local {", // 30
          "        void run() {}", // 31
          "      }", // 32
          "    }", // 33
          "  }", // 34
          "", // 35
          "  record Range(int from, java.util.List<String> labels) {", // 36
          "    Range {", // 37
          "      labels = List.copyOf(labels);", // 38
          "    }", // 39
          "  }", // 40
          "  int area(double side) { return (int) side; }", // 41
          "}"); // 42

  @Test
  void aMethodStartsAtItsAnnotationsNotItsJavadoc() {
    LocatedDeclaration d = locate("com.acme.Shapes", "<init>", "(I)V", 8, 9, 10).orElseThrow();
    assertEquals(7, d.beginLine());
    assertEquals(10, d.endLine());
    assertEquals(List.of("int"), d.parameterTypes());
  }

  @Test
  void aConstructorIsFoundDespiteItsFieldInitializerLines() {
    // javac runs line 4 inside the constructor; it lies outside the declaration.
    assertEquals(7, locate("com.acme.Shapes", "<init>", "(I)V", 8, 4, 9, 10).get().beginLine());
  }

  @Test
  void overloadsAreToldApartByTheirLines() {
    assertEquals(12, locate("com.acme.Shapes", "area", "(I)I", 12).get().beginLine());
    LocatedDeclaration two = locate("com.acme.Shapes", "area", "(II)I", 14).orElseThrow();
    assertEquals(13, two.beginLine());
    assertEquals(List.of("int", "int"), two.parameterTypes());
  }

  @Test
  void aMethodNamedLikeItsClassIsNotAConstructor() {
    assertEquals(17, locate("com.acme.Shapes", "Shapes", "()V", 18).get().beginLine());
  }

  @Test
  void aNestedClassConstructorIsNamedAfterTheNestedClass() {
    assertEquals(21, locate("com.acme.Shapes$Square", "<init>", "(I)V", 21, 22).get().beginLine());
  }

  @Test
  void sameNamedMethodsOfAnonymousAndLocalClassesAreFoundByClassWithoutLines() {
    assertEquals(24, locate("com.acme.Shapes$Square", "run", "()V").get().beginLine());
    assertEquals(26, locate("com.acme.Shapes$Square$1", "run", "()V").get().beginLine());
    assertEquals(31, locate("com.acme.Shapes$Square$1Local", "run", "()V").get().beginLine());
  }

  @Test
  void theSmallestDeclarationContainingTheLinesWins() {
    // Line 27 is inside both Square.run and the anonymous run; the class name alone would
    // reject Square.run, so name the declaring class wrongly to test the ranges.
    MethodProfile m = method("com.acme.Other", "run", "()V", "Shapes.java", 1, line(27, 1, 1));
    assertEquals(26, MethodLocator.locate(SHAPES, m).get().beginLine());
  }

  @Test
  void aCompactConstructorTakesTheRecordComponentsAsParameters() {
    LocatedDeclaration d =
        locate("com.acme.Shapes$Range", "<init>", "(ILjava/util/List;)V", 37, 38, 39).orElseThrow();
    assertEquals(37, d.beginLine());
    assertEquals(List.of("int", "java.util.List<String>"), d.parameterTypes());
  }

  @Test
  void linesOutsideEveryCandidateFindNothing() {
    assertFalse(locate("com.acme.Shapes", "area", "(I)I", 39).isPresent());
    assertFalse(locate("com.acme.Shapes", "missing", "()V", 12).isPresent());
  }

  @Test
  void withoutLinesOnlyAnUnambiguousDeclarationIsChosen() {
    assertEquals(13, locate("com.acme.Shapes", "area", "(II)I").get().beginLine());
    // area(int) and area(double) both take one argument: no guess.
    assertFalse(locate("com.acme.Shapes", "area", "(I)I").isPresent());
  }

  private static Optional<LocatedDeclaration> locate(
      String className, String name, String descriptor, int... lines) {
    long[][] stats = new long[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      stats[i] = line(lines[i], 1, 100);
    }
    return MethodLocator.locate(
        SHAPES, method(className, name, descriptor, "Shapes.java", 100, stats));
  }

  private static CompilationUnit parse(String... lines) {
    return SourceFiles.newParser().parse(String.join("\n", lines)).getResult().orElseThrow();
  }
}
