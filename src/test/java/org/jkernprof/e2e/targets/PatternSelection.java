package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

/**
 * Nothing here is annotated: PatternSelectionTest picks the methods with the agent's include and
 * exclude patterns (listed there), and the hits below are what those patterns select. Selected
 * methods behave as {@code @Profile} ones: their lambdas and anonymous classes report into them.
 */
public class PatternSelection {
  /** Selected by PatternSelection#compute*, with the lambda written in it. */
  static int computeSum(int n) {
    int acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(5)
      acc += i; // hits(4)
    }
    IntUnaryOperator twice = x -> { // hits(1) in(computeSum)
      return 2 * x; // hits(1) in(computeSum)
    };
    return twice.applyAsInt(acc); // hits(1)
  }

  static int computeNothing() {
    return 0; // hits(2)
  }

  static int notSelected(int x) {
    return x + 1; // hits(0): no pattern names it
  }

  /** Selected as a whole class, but for the excluded method; its nested class is not. */
  static class Report { // hits(1) in(<init>): its implicit constructor
    private final List<String> rows = new ArrayList<>(); // hits(1) in(<init>)

    Report add(String row) {
      rows.add(row); // hits(3)
      return this; // hits(3)
    }

    String build() {
      StringBuilder out = new StringBuilder(); // hits(1)
      rows.forEach(row -> out.append(row).append(';')); // hits(4) in(build): 1 + 3 of the lambda
      IntSupplier length = new IntSupplier() { // hits(2) in(build): its constructor runs here too
        @Override
        public int getAsInt() {
          return out.length(); // hits(1) in(build)
        }
      };
      return out + "/" + length.getAsInt(); // hits(1)
    }

    int skipped() {
      return rows.size(); // hits(0): excluded
    }

    static class Part {
      int size() {
        return 1; // hits(0): PatternSelection$Report does not take its nested classes
      }
    }
  }

  /** PatternSelection$Outer$* takes the classes nested in Outer, not Outer itself. */
  static class Outer { // hits(0)
    int outerValue() {
      return 10; // hits(0)
    }

    static class Inner { // hits(1) in(<init>)
      int innerValue() {
        return 20; // hits(1)
      }
    }
  }

  /** Only the constructor: selected as Point#<init>. */
  static class Point {
    final int x;

    Point(int x) {
      this.x = x; // hits(1) in(<init>)
    }

    int x() {
      return x; // hits(0)
    }
  }

  /** Only the constructor: selected by its name in the source, Pair#Pair. */
  static class Pair {
    final int a;
    final int b;

    Pair(int a, int b) {
      this.a = a; // hits(1) in(<init>)
      this.b = b; // hits(1) in(<init>)
    }

    int sum() {
      return a + b; // hits(0)
    }
  }

  /** A pattern names area(), so its having no code is worth a warning; perimeter() is not. */
  abstract static class Shape {
    abstract double area();

    abstract double perimeter();

    double twiceArea() {
      return 2 * area(); // hits(1)
    }
  }

  static class Square extends Shape {
    @Override
    double area() {
      return 4.0; // hits(0): Square is not selected
    }

    @Override
    double perimeter() {
      return 8.0; // hits(0)
    }
  }

  /** compareTo is named; javac's bridge compareTo(Object) passes its call on and is not listed. */
  static class Item implements Comparable<Item> {
    final int rank;

    Item(int rank) {
      this.rank = rank; // hits(0)
    }

    @Override
    public int compareTo(Item other) {
      return Integer.compare(rank, other.rank); // hits(2): once directly, once by the bridge
    }
  }

  /** Only the static initializer, which a pattern selects by its own name. */
  static class Config {
    static final List<String> NAMES = new ArrayList<>(); // hits(1)

    static final IntUnaryOperator PLUS_ONE = x -> x + 1; // hits(2) in(<clinit>): 1 + its lambda

    static {
      NAMES.add("a"); // hits(1)
      NAMES.add("b"); // hits(1)
    }

    static int count() {
      return PLUS_ONE.applyAsInt(NAMES.size()); // hits(0)
    }
  }

  /**
   * PatternSelection$Level* takes the enum and its constants' bodies, whose methods are their own,
   * as is the lambda of its static field (its static initializer is not selected).
   */
  enum Level { // hits(2) in(<init>): the enum's implicit constructor, once per constant
    LOW {
      @Override
      int weight(int x) {
        return x; // hits(1) in(weight)
      }
    },
    HIGH {
      @Override
      int weight(int x) {
        return SCALE.applyAsInt(x); // hits(2) in(weight)
      }
    };

    static final IntUnaryOperator SCALE = x -> 10 * x; // hits(2) in(lambda$static$0)

    abstract int weight(int x);
  }

  public static void main(String[] args) {
    System.out.println("sum " + computeSum(4));
    System.out.println("nothing " + computeNothing() + computeNothing());
    System.out.println("not selected " + notSelected(1));
    Report report = new Report().add("a").add("b").add("c");
    System.out.println("report " + report.build() + " " + report.skipped());
    System.out.println("part " + new Report.Part().size());
    System.out.println("outer " + new Outer().outerValue() + " " + new Outer.Inner().innerValue());
    System.out.println("point " + new Point(3).x() + " pair " + new Pair(1, 2).sum());
    Shape square = new Square();
    System.out.println("shape " + square.twiceArea() + " " + square.perimeter());
    Item first = new Item(1);
    Comparable<Item> second = new Item(2);
    System.out.println("compare " + first.compareTo(new Item(2)) + " " + second.compareTo(first));
    System.out.println("config " + Config.count());
    System.out.println("level " + Level.LOW.weight(1) + Level.HIGH.weight(2) + Level.HIGH.weight(3));
  }
}
