package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.Profile;

/**
 * Loops of every kind. A loop header is entered once when the loop starts and once more for every
 * iteration that goes back to it (through the update of a {@code for}, the condition of a {@code
 * while}, the next element of a for-each), so a loop of N iterations has N + 1 header hits, as in
 * Python's line_profiler.
 */
public class Loops {
  @Profile
  static long countingFor(int n) {
    long acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(1001)
      acc += i; // hits(1000)
    }
    return acc; // hits(1)
  }

  @Profile
  static int whileLoop(int n) {
    int i = 0; // hits(1)
    int steps = 0; // hits(1)
    while (i < n) { // hits(501)
      i += 2; // hits(500)
      steps++; // hits(500)
    }
    return steps; // hits(1)
  }

  @Profile
  static int doWhile(int n) {
    int i = 0; // hits(1)
    do {
      i += 3; // hits(334)
    } while (i < n); // hits(334)
    return i; // hits(1)
  }

  @Profile
  static int forEachArray(int[] values) {
    int sum = 0; // hits(1)
    for (int v : values) { // hits(101)
      sum += v; // hits(100)
    }
    return sum; // hits(1)
  }

  @Profile
  static int forEachIterable(List<Integer> values) {
    int sum = 0; // hits(1)
    // javac jumps back from the closing brace into the middle of this line's code (to hasNext()),
    // not to its start: that still enters this line, once per element.
    for (int v : values) { // hits(51)
      sum += v; // hits(50)
    } // hits(50): javac puts the jump back to the header on the closing brace
    return sum; // hits(1)
  }

  @Profile
  static int nested(int rows, int cols) {
    int cells = 0; // hits(1)
    for (int r = 0; r < rows; r++) { // hits(11)
      for (int c = 0; c < cols; c++) { // hits(210)
        cells++; // hits(200)
      }
    }
    return cells; // hits(1)
  }

  @Profile
  static long oneLine(int n) {
    long acc = 0; // hits(1)
    for (int i = 0; i < n; i++) acc += i; // hits(1): never entered from another line again
    return acc; // hits(1)
  }

  @Profile
  static int breakAndContinue(int n) {
    int odd = 0; // hits(1)
    for (int i = 0; ; i++) { // hits(101)
      if (i >= n) { // hits(101)
        break; // hits(1)
      }
      if (i % 2 == 0) { // hits(100)
        continue; // hits(50)
      }
      odd++; // hits(50)
    }
    return odd; // hits(1)
  }

  @Profile
  static int labeledBreak() {
    int found = -1; // hits(1)
    outer:
    for (int a = 0; a < 10; a++) { // hits(4)
      for (int b = 0; b < 10; b++) { // hits(41)
        if (a * b == 21) { // hits(38)
          found = a * 10 + b; // hits(1)
          break outer; // hits(1)
        }
      }
    }
    return found; // hits(1)
  }

  public static void main(String[] args) {
    int[] values = new int[100];
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    for (int i = 0; i < 50; i++) {
      list.add(i);
    }
    System.out.println("for " + countingFor(1000));
    System.out.println("while " + whileLoop(1000));
    System.out.println("do-while " + doWhile(1000));
    System.out.println("for-each array " + forEachArray(values));
    System.out.println("for-each iterable " + forEachIterable(list));
    System.out.println("nested " + nested(10, 20));
    System.out.println("one line " + oneLine(300));
    System.out.println("break/continue " + breakAndContinue(100));
    System.out.println("labeled break " + labeledBreak());
  }
}
