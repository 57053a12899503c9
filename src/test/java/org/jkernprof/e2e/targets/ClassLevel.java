package org.jkernprof.e2e.targets;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jkernprof.Profile;

/**
 * {@code @Profile} on a class: every method and constructor declared in it is profiled (here
 * {@code main} too), and so is the code written in its field initializers (anonymous classes,
 * lambdas), as methods of their own; not its static initializer, nor the methods of its nested
 * types, but for the bodies of a nested enum's constants when that enum is marked itself.
 */
@Profile
public class ClassLevel {
  static int created;

  static {
    created = 0; // hits(0): static initializers are not profiled
  }

  /** Written in a static field's initializer: its method is its own, marked with this class. */
  static final Comparator<String> BY_LENGTH =
      new Comparator<String>() {
        @Override
        public int compare(String a, String b) {
          return Integer.compare(a.length(), b.length()); // hits(1) in(compare)
        }
      };

  static final IntUnaryOperator NEGATE = x -> -x; // hits(1): the lambda, not the initializer

  private final int base;
  private int runs;

  /** Made by each constructor (its implicit constructor is not listed on its own). */
  private final Runnable counter = new Runnable() { // hits(2) in(<init>)
        @Override
        public void run() {
          runs++; // hits(2) in(run)
        }
      };

  ClassLevel(int base) {
    this.base = base; // hits(2)
    created++; // hits(2)
  }

  static int twice(int x) {
    return 2 * x; // hits(3)
  }

  int plus(int x) {
    return base + x; // hits(2)
  }

  /** The lambda reports into this method: 1 hit of its own plus one per element. */
  int sumPlusBase(List<Integer> xs) {
    return xs.stream().mapToInt(x -> x + base).sum(); // hits(5)
  }

  /** A constant's body belongs to its enum, marked here, not to the outer class's annotation. */
  @Profile
  enum Unit { // hits(1) in(<init>): the enum's implicit constructor
    ONE {
      @Override
      int of(int x) {
        return x + 1; // hits(1) in(of)
      }
    };

    abstract int of(int x);
  }

  enum Unmarked {
    TWO {
      @Override
      int of(int x) {
        return x + 2; // hits(0): neither this enum nor the constant is marked
      }
    };

    abstract int of(int x);
  }

  static class Nested {
    int notProfiled() {
      return 42; // hits(0): nested types are not covered by the outer class's annotation
    }
  }

  public static void main(String[] args) {
    ClassLevel a = new ClassLevel(10); // hits(1)
    ClassLevel b = new ClassLevel(20); // hits(1)
    int t = twice(1) + twice(2) + twice(3); // hits(1)
    System.out.println("twice " + t); // hits(1)
    System.out.println("plus " + a.plus(1) + " " + b.plus(2)); // hits(1)
    System.out.println("sum " + a.sumPlusBase(List.of(1, 2, 3, 4))); // hits(1)
    System.out.println("nested " + new Nested().notProfiled() + " created " + created); // hits(1)
    a.counter.run(); // hits(1)
    b.counter.run(); // hits(1)
    int byLength = BY_LENGTH.compare("a", "bb"); // hits(1)
    System.out.println("runs " + (a.runs + b.runs) + " by length " + byLength); // hits(1)
    int one = Unit.ONE.of(1); // hits(1)
    System.out.println("enums " + one + " " + Unmarked.TWO.of(1) + " " + NEGATE.applyAsInt(3)); // hits(1)
  }
}
