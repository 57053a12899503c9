package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jkernprof.Profile;

/** Generic methods and classes, and a generic interface implemented through a bridge method. */
public class Generics {
  @Profile
  static <T extends Comparable<T>> T max(List<T> items) {
    T best = items.get(0); // hits(2)
    for (int i = 1; i < items.size(); i++) { // hits(7)
      if (items.get(i).compareTo(best) > 0) { // hits(5)
        best = items.get(i); // hits(2)
      }
    }
    return best; // hits(2)
  }

  static final class Box<T> {
    private final List<T> items = new ArrayList<>();

    @Profile
    void add(T item) {
      items.add(item); // hits(6)
    }

    @Profile
    <R> Box<R> map(Function<? super T, ? extends R> f) {
      Box<R> out = new Box<>(); // hits(1)
      for (int i = 0; i < items.size(); i++) { // hits(4)
        out.add(f.apply(items.get(i))); // hits(3)
      }
      return out; // hits(1)
    }
  }

  /** Calls through Comparable go by way of the compiler's bridge method compareTo(Object). */
  // javac copies @Profile onto its bridge method compareTo(Object), whose only line is this one;
  // the bridge is not code the user wrote, so it must not be profiled.
  static final class Version implements Comparable<Version> { // hits(0)
    private final int number;

    Version(int number) {
      this.number = number;
    }

    @Profile
    @Override
    public int compareTo(Version other) {
      return Integer.compare(number, other.number); // hits(3)
    }

    @Override
    public String toString() {
      return "v" + number;
    }
  }

  public static void main(String[] args) {
    System.out.println("max " + max(List.of(3, 9, 4)) + " " + max(List.of("b", "a", "d", "c")));
    Box<String> words = new Box<>();
    words.add("one");
    words.add("three");
    words.add("seven");
    Box<Integer> lengths = words.map(String::length);
    System.out.println("lengths " + lengths.items);
    Comparable<Version> three = new Version(3);
    Version one = new Version(1);
    int viaBridge = three.compareTo(one) + three.compareTo(new Version(5));
    System.out.println("compare " + viaBridge + " " + one.compareTo(new Version(1)));
  }
}
