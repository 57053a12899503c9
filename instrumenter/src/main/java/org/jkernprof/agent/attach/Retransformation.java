package org.jkernprof.agent.attach;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Retransforms classes in batches, so that the JVM stops the program for one redefinition per batch
 * rather than per class. A batch that fails is retried class by class; a class that still fails is
 * skipped with one warning, never fatal.
 */
public final class Retransformation {
  /** Classes per call of {@code retransformClasses}. */
  static final int BATCH = 100;

  private Retransformation() {}

  /**
   * Retransforms {@code classes}; returns those the JVM refused, which keep the code they had.
   *
   * @param warnings receives one line per class skipped
   */
  public static List<Class<?>> run(
      Instrumentation inst, List<Class<?>> classes, Consumer<String> warnings) {
    List<Class<?>> skipped = new ArrayList<>();
    for (int from = 0; from < classes.size(); from += BATCH) {
      List<Class<?>> batch = classes.subList(from, Math.min(classes.size(), from + BATCH));
      try {
        inst.retransformClasses(batch.toArray(new Class<?>[0]));
      } catch (Exception | LinkageError e) {
        oneByOne(inst, batch, warnings, skipped);
      }
    }
    return skipped;
  }

  private static void oneByOne(
      Instrumentation inst,
      List<Class<?>> batch,
      Consumer<String> warnings,
      List<Class<?>> skipped) {
    for (Class<?> type : batch) {
      try {
        inst.retransformClasses(type);
      } catch (Exception | LinkageError e) {
        warnings.accept("cannot retransform class " + type.getName() + ", skipped: " + e);
        skipped.add(type);
      }
    }
  }
}
