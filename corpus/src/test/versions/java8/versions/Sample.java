package versions;

import java.io.Closeable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What javac makes of Java 8 code, compiled for every release from 8 on: loops, try/finally,
 * switches on strings and enums, lambdas and method references, synchronized, nested, inner,
 * local and anonymous classes, bridges, asserts, long and double locals. {@link #run} also runs
 * the FeaturesN classes compiled beside it for newer releases, and returns what they all computed.
 */
public class Sample {
  enum Color {
    RED,
    GREEN,
    BLUE {
      @Override
      String shade() {
        return "deep " + name().toLowerCase();
      }
    };

    String shade() {
      return name().toLowerCase();
    }
  }

  interface Shape {
    double area();

    default String describe() {
      return getClass().getSimpleName() + "=" + area();
    }

    static Shape unit() {
      return () -> 1.0;
    }
  }

  static final class Square implements Shape, Comparable<Square> {
    private final double side;

    Square(double side) {
      this.side = side;
    }

    @Override
    public double area() {
      return side * side;
    }

    @Override
    public int compareTo(Square other) {
      return Double.compare(side, other.side);
    }
  }

  static class Base {
    final int value;

    Base(int value) {
      this.value = value;
    }
  }

  static final class Derived extends Base {
    Derived(int n) {
      super(n > 2 ? twice(n) : n < 0 ? -n : 0);
    }

    Derived(String text) {
      this(text.isEmpty() ? 0 : text.length());
    }

    private static int twice(int n) {
      return n * 2;
    }
  }

  private static int counter;
  private static final List<String> LOG = new ArrayList<>();

  static {
    for (int i = 0; i < 3; i++) {
      counter += i;
    }
  }

  private final Object lock = new Object();
  private int guarded;

  class Inner {
    int bump() {
      return ++guarded + counter;
    }
  }

  public static String run() {
    List<String> parts = new ArrayList<>();
    parts.add("loops=" + loops(10));
    parts.add("strings=" + stringSwitch("b") + stringSwitch("zz") + stringSwitch("c"));
    parts.add("enums=" + enumSwitch(Color.GREEN) + enumSwitch(Color.BLUE));
    parts.add("finally=" + tryFinally(3) + "," + tryFinally(-1));
    parts.add("lambdas=" + lambdas(5));
    parts.add("sync=" + new Sample().synced(4));
    parts.add("nested=" + nested());
    parts.add("resources=" + resources());
    parts.add("exceptions=" + exceptions(0) + exceptions(1) + exceptions(2));
    parts.add("wide=" + longsAndDoubles(7));
    parts.add("labels=" + labeled());
    parts.add("ctor=" + new Derived(3).value + new Derived(-4).value + new Derived("abc").value);
    parts.add("bridge=" + bridged(new Square(2), new Square(3)));
    parts.add("arrays=" + arrays(3));
    parts.add("assert=" + asserted(2));
    parts.add("huge=" + Huge.compute(3));
    for (int level : new int[] {9, 10, 11, 14, 15, 16, 17, 21, 22, 25}) {
      try {
        Class<?> features = Class.forName("versions.Features" + level);
        parts.add(level + "=" + features.getMethod("run").invoke(null));
      } catch (ClassNotFoundException notForThisRelease) {
        // compiled only from release `level` on
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(" ", parts);
  }

  public static void main(String[] args) {
    System.out.println(run());
  }

  static long loops(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      if (i % 3 == 0) {
        continue;
      }
      sum += i;
    }
    int j = n;
    while (j > 0) {
      sum += j--;
    }
    do {
      sum ^= j;
      j++;
    } while (j < 4);
    for (String s : Arrays.asList("a", "bb", "ccc")) {
      sum += s.length();
    }
    for (Iterator<Integer> it = Arrays.asList(1, 2).iterator(); it.hasNext(); ) {
      sum += it.next();
    }
    return sum;
  }

  static int stringSwitch(String s) {
    switch (s) {
      case "a":
        return 1;
      case "b":
      case "c":
        return s.equals("b") ? 2 : 3;
      default:
        return s.length();
    }
  }

  static String enumSwitch(Color c) {
    String shade = c.shade();
    switch (c) {
      case RED:
        return "r";
      case GREEN:
        return "g" + shade;
      default:
        return shade;
    }
  }

  static int tryFinally(int n) {
    int result = 0;
    try {
      if (n < 0) {
        throw new IllegalArgumentException("negative");
      }
      result = n * 2;
      return result;
    } catch (IllegalArgumentException e) {
      result = -1;
    } finally {
      LOG.add("finally " + n);
      result++;
    }
    return result;
  }

  static String lambdas(int n) {
    Function<Integer, Integer> square = x -> x * x;
    IntBinaryOperator add = Integer::sum;
    Supplier<List<String>> fresh = ArrayList::new;
    List<String> names = fresh.get();
    int offset = n;
    Callable<Integer> captured = () -> offset + square.apply(offset);
    Runnable serializable = (Runnable & Serializable) () -> names.add("ran");
    serializable.run();
    String joined =
        IntStream.rangeClosed(1, n)
            .map(i -> add.applyAsInt(i, offset))
            .mapToObj(Integer::toString)
            .collect(Collectors.joining(","));
    try {
      return joined + "/" + captured.call() + names;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  synchronized int synced(int n) {
    synchronized (lock) {
      for (int i = 0; i < n; i++) {
        guarded += i;
      }
    }
    return new Inner().bump();
  }

  static String nested() {
    class Local implements Shape {
      @Override
      public double area() {
        return counter;
      }
    }
    Shape anonymous =
        new Shape() {
          private final double base = counter + 1;

          @Override
          public double area() {
            Supplier<Double> inner = () -> base * 2;
            return inner.get();
          }
        };
    Map<String, Double> areas = new TreeMap<>();
    List<Shape> shapes = Arrays.asList(new Local(), anonymous, Shape.unit(), new Square(1.5));
    for (int i = 0; i < shapes.size(); i++) {
      areas.put(i + (shapes.get(i) instanceof Square ? shapes.get(i).describe() : ""), shapes.get(i).area());
    }
    return areas.toString();
  }

  static String resources() {
    StringBuilder out = new StringBuilder();
    try (Closeable a = () -> out.append("a"); Closeable b = () -> out.append("b")) {
      out.append("body");
    } catch (java.io.IOException e) {
      out.append("failed");
    }
    return out.toString();
  }

  static String exceptions(int kind) {
    try {
      try {
        if (kind == 0) {
          throw new IllegalStateException("state");
        } else if (kind == 1) {
          Object o = "text";
          return String.valueOf(((Integer) o).intValue());
        }
        return "none";
      } catch (IllegalStateException | UnsupportedOperationException e) {
        return "multi:" + e.getMessage();
      }
    } catch (ClassCastException e) {
      return "cast";
    } finally {
      counter++;
    }
  }

  static String longsAndDoubles(int n) {
    long big = 1L << 40;
    double half = 0.5;
    float f = 1.25f;
    for (int i = 0; i < n; i++) {
      big += i;
      half *= 1.5;
      f += half > 2 ? 1 : 0;
    }
    return big + ":" + half + ":" + f;
  }

  static int labeled() {
    int found = 0;
    outer:
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (i * j == 6) {
          found = i * 10 + j;
          break outer;
        }
        if (j > i) {
          continue outer;
        }
      }
    }
    return found;
  }

  static <T extends Comparable<T>> int bridged(T a, T b) {
    Comparable<T> raw = a;
    return raw.compareTo(b);
  }

  static String arrays(int n) {
    int[][] grid = new int[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= n; j++) {
        grid[i][j] = i * j;
      }
    }
    Object[] objects = {"x", 1, 'c', 2.0};
    long[] longs = new long[] {1, 2, 3};
    return Arrays.deepToString(grid) + objects.length + longs[2];
  }

  static int asserted(int n) {
    assert n > 0 : "positive";
    return n;
  }
}
