package org.jkernprof.e2e.targets;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jkernprof.Profile;

/**
 * Anonymous and local classes written inside a profiled method report their lines into that
 * method's listing, also when nested in each other or holding lambdas.
 */
public class AnonymousAndLocal {
  interface Counter {
    int next();
  }

  /** The anonymous class's line counts the method's own hit and its constructor's. */
  @Profile
  static int anonymous(int n) {
    Counter c = new Counter() { // hits(2) in(anonymous)
      private int value;

      @Override
      public int next() {
        value += 2; // hits(5) in(anonymous)
        return value; // hits(5) in(anonymous)
      }
    };
    int last = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(6)
      last = c.next(); // hits(5)
    }
    return last; // hits(1)
  }

  @Profile
  static String local(String[] words) {
    class Joiner { // hits(1) in(local): its implicit constructor
      private final StringBuilder sb = new StringBuilder(); // hits(1) in(local)

      void add(String w) {
        if (sb.length() > 0) { // hits(3) in(local)
          sb.append('-'); // hits(2) in(local)
        }
        sb.append(w); // hits(3) in(local)
      }
    }
    Joiner j = new Joiner(); // hits(1)
    for (int i = 0; i < words.length; i++) { // hits(4)
      j.add(words[i]); // hits(3)
    }
    return j.sb.toString(); // hits(1)
  }

  @Profile
  static int deeper() {
    Supplier<Integer> outer = new Supplier<>() { // hits(2) in(deeper)
      @Override
      public Integer get() {
        Counter inner = new Counter() { // hits(2) in(deeper)
          @Override
          public int next() {
            return 7; // hits(1) in(deeper)
          }
        };
        IntSupplier viaLambda = () -> inner.next() * 2; // hits(2) in(deeper)
        return viaLambda.getAsInt(); // hits(1) in(deeper)
      }
    };
    return outer.get(); // hits(1)
  }

  static int notProfiled() {
    Counter c = new Counter() {
      @Override
      public int next() {
        return 3; // hits(0): inside a method that is not profiled
      }
    };
    return c.next();
  }

  public static void main(String[] args) {
    System.out.println("anonymous " + anonymous(5));
    System.out.println("local " + local(new String[] {"a", "b", "c"}));
    System.out.println("deeper " + deeper());
    System.out.println("not profiled " + notProfiled());
  }
}
