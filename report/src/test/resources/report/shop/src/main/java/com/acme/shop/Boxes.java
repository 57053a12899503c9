package com.acme.shop;

import java.util.List;
import org.jkernprof.Profile;

/** Generics, an interface's default method and an anonymous class. */
public final class Boxes {
  private Boxes() {}

  @Profile
  static <T extends Comparable<? super T>> T max(List<? extends T> items) {
    T best = null;
    for (T item : items) {
      if (best == null || item.compareTo(best) > 0) {
        best = item;
      }
    }
    return best;
  }

  interface Shape {
    double area();

    @Profile
    default String describe() {
      return getClass().getSimpleName() + " of area " + area();
    }
  }

  static Runnable task(int[] counter) {
    return new Runnable() {
      @Profile
      @Override
      public void run() {
        counter[0]++;
      }
    };
  }
}
