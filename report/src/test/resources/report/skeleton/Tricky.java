package com.acme.tricky;

import java.util.List;
import java.util.function.Supplier;

/** Every way a declaration can hide in code: {@code {} in javadoc} too. */
@SuppressWarnings({"unused", "rawtypes"})
public class Tricky<K, V extends Comparable<V>> implements Supplier<String> {
  static final int[] TABLE = {1, 2, 3};
  static final String BRACES = "}{ \" }";
  static final char OPEN = '{';
  static final char QUOTE = '\'';
  static final String BLOCK = """
      } not a brace { "quoted" \""" still text
      """;
  private final Runnable field = () -> {
    System.out.println("}");
  };
  private final Runnable anonymousField =
      new Runnable() {
        @Override
        public void run() {
          // } a comment with a brace
          /* { another */
        }
      };

  static {
    System.out.println(TABLE.length);
  }

  {
    System.out.println("instance initializer");
  }

  @Deprecated
  public Tricky(int size) {
    this(size, "x");
  }

  Tricky(int size, String name) {
    if (size > 0) {
      System.out.println(name);
    }
  }

  @Override
  public String get() {
    return "get";
  }

  <T extends List<? super Integer>> int generic(T list, java.util.Map<K, V> map, String... rest)
      throws IllegalStateException {
    int[] local = new int[] {1, 2};
    return list.size() + local.length;
  }

  int[] arrays(int[][] grid, final @Deprecated String label)[] {
    return new int[][] {{1}};
  }

  void localTypes() {
    class Local {
      void run() {
        for (int i = 0; i < 2; i++) {
          System.out.println(i);
        }
      }
    }
    record Pair(int a, int b) {
      Pair {
        if (a > b) {
          throw new IllegalArgumentException();
        }
      }

      int sum() {
        return a + b;
      }
    }
    new Local().run();
    Runnable r =
        new Runnable() {
          public void run() {
            Object inner =
                new Object() {
                  @Override
                  public String toString() {
                    return "inner";
                  }
                };
          }
        };
    r.run();
    Supplier<Runnable> lambda =
        () -> {
          return new Thread() {
            @Override
            public void run() {}
          };
        };
  }

  int switches(Object o) {
    return switch (o) {
      case Integer i when i > 0 -> {
        yield i;
      }
      case String s -> s.length();
      default -> 0;
    };
  }

  void record(int record) {
    System.out.println(record);
  }

  enum Operation {
    PLUS("+") {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    TIMES("*") {
      @Override
      int apply(int a, int b) {
        return a * b;
      }
    };

    private final String symbol;

    Operation(String symbol) {
      this.symbol = symbol;
    }

    abstract int apply(int a, int b);
  }

  enum Plain {
    A { void run() {} },
    B;

    void run() {}
  }

  @interface Marker {
    String[] value() default {"{", "}"};
  }

  static class Nested {
    Nested() {
      super();
    }

    static void run(Object... args) {
      Object o =
          new Object() {
            int hidden() {
              return 1;
            }
          };
    }
  }

  static final ThreadLocal<char[]> BUFFER =
      new ThreadLocal<char[]>() {
        @Override
        protected char[] initialValue() {
          return new char[16];
        }
      };

  enum ArrayOrder implements java.util.Comparator<int[]> {
    INSTANCE;

    @Override
    public int compare(int[] a, int[] b) {
      return a.length - b.length;
    }
  }

  record Point(int x, int y) {
    Point {
      if (x < 0) {
        throw new IllegalArgumentException("{");
      }
    }

    static Point origin() {
      return new Point(0, 0);
    }
  }
}
