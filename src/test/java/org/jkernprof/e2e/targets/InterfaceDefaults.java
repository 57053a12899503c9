package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Default, static and private methods of interfaces, and an interface marked as a whole. */
public class InterfaceDefaults {
  interface Shape {
    double area();

    /** Called for squares of side 1, 2 and 4. */
    @Profile
    default String describe() {
      double a = area(); // hits(3)
      if (a > 10) { // hits(3)
        return "large " + name(); // hits(1)
      }
      return "small " + name(); // hits(2)
    }

    /** Each call creates a lambda (1 hit); each area() call runs it (1 hit). */
    @Profile
    static Shape square(double side) {
      return () -> side * side; // hits(6)
    }

    @Profile
    private String name() {
      return "shape"; // hits(3)
    }
  }

  /** Marked as a whole: its abstract method is passed over without a warning. */
  @Profile
  interface Greeter {
    String name();

    default String greet(String greeting) {
      return greeting + ", " + name(); // hits(2)
    }
  }

  public static void main(String[] args) {
    for (double side : new double[] {1, 2, 4}) {
      System.out.println(Shape.square(side).describe());
    }
    Greeter g = () -> "world";
    System.out.println(g.greet("hello"));
    System.out.println(g.greet("bye"));
  }
}
