package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Constructors: code that runs before {@code super(...)} (the evaluation of its arguments), field
 * initializers (javac copies them into every constructor that calls {@code super}), {@code
 * this(...)} chaining, and a constructor whose {@code super} argument throws.
 */
public class Constructors {
  static int compute(int x) {
    if (x < 0) {
      throw new IllegalArgumentException("negative: " + x);
    }
    return x * 3;
  }

  static class Base {
    final int value;

    Base(int value) {
      this.value = value;
    }
  }

  /** Built three times through Derived(int) (once by way of Derived()), and once fails. */
  static class Derived extends Base {
    private final int[] cache = new int[4]; // hits(3) in(<init>)
    private final String label;

    @Profile
    Derived(int x) {
      super(compute(x)); // hits(4)
      label = "d" + x; // hits(3)
      cache[0] = value; // hits(3)
    }

    @Profile
    Derived() {
      this(7); // hits(1)
      System.out.println("default derived built"); // hits(1)
    }

    @Override
    public String toString() {
      return label + "=" + value + "/" + cache[0];
    }
  }

  /** An instance initializer block and a constructor that throws after super(). */
  static class Checked {
    private int checks;

    {
      checks = 1; // hits(2)
    }

    @Profile
    Checked(int limit) {
      super(); // hits(2)
      if (limit > 10) { // hits(2)
        throw new IllegalArgumentException("limit too large: " + limit); // hits(1)
      }
      checks += limit; // hits(1)
    }
  }

  public static void main(String[] args) {
    System.out.println(new Derived(5));
    System.out.println(new Derived(6));
    System.out.println(new Derived());
    try {
      new Derived(-1);
    } catch (IllegalArgumentException e) {
      System.out.println("caught " + e.getMessage());
    }
    System.out.println("checks " + new Checked(3).checks);
    try {
      new Checked(11);
    } catch (IllegalArgumentException e) {
      System.out.println("caught " + e.getMessage());
    }
  }
}
