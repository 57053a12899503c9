package org.jkernprof.e2e.targets;

import java.util.List;
import org.jkernprof.Profile;

/**
 * {@code @Profile} on a class: every method and constructor declared in it is profiled (here
 * {@code main} too), but not its static initializer, nor the methods of its nested types.
 */
@Profile
public class ClassLevel {
  static int created;

  static {
    created = 0; // hits(0): static initializers are not profiled
  }

  private final int base;

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
  }
}
