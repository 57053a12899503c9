package org.jkernprof.e2e.targets;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.IntUnaryOperator;
import org.jkernprof.Profile;

/**
 * Loads the same profiled class through three class loaders: the application's, a loader with
 * no parent (only the bootstrap classes besides its own folder), and a child-first loader. The
 * hits of all three copies are recorded under the one method.
 */
public class ChildFirstLoading {
  /** Called 1 time from the application loader, 2 from the parentless, 3 from the child-first. */
  public static final class Worker implements IntUnaryOperator {
    @Profile
    @Override
    public int applyAsInt(int x) {
      IntUnaryOperator twice = new IntUnaryOperator() { // hits(12)
        @Override
        public int applyAsInt(int y) {
          return y * 2; // hits(6)
        }
      };
      return twice.applyAsInt(x) + 1; // hits(6)
    }
  }

  /** Looks in its own folder first, and only then asks its parent. */
  static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && name.startsWith("org.jkernprof.e2e.")) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            c = null;
          }
        }
        if (c == null) {
          c = super.loadClass(name, false);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  static int callThrough(ClassLoader loader, int times) throws Exception {
    Class<?> worker = loader.loadClass(ChildFirstLoading.class.getName() + "$Worker");
    if (worker.getClassLoader() != loader) {
      throw new IllegalStateException("loaded by " + worker.getClassLoader() + ", not " + loader);
    }
    IntUnaryOperator op = (IntUnaryOperator) worker.getDeclaredConstructor().newInstance();
    int sum = 0;
    for (int i = 0; i < times; i++) {
      sum += op.applyAsInt(i);
    }
    return sum;
  }

  public static void main(String[] args) throws Exception {
    URL classes = ChildFirstLoading.class.getProtectionDomain().getCodeSource().getLocation();
    System.out.println("application loader " + new Worker().applyAsInt(10));
    try (URLClassLoader parentless = new URLClassLoader(new URL[] {classes}, null)) {
      System.out.println("parentless loader " + callThrough(parentless, 2));
    }
    try (ChildFirstLoader childFirst =
        new ChildFirstLoader(new URL[] {classes}, ChildFirstLoading.class.getClassLoader())) {
      System.out.println("child-first loader " + callThrough(childFirst, 3));
    }
  }
}
