package org.jkernprof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.FunctionInstrumenter;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProfiledUnits;

/**
 * Runs, in a JVM of its own with the agent jar on the class path, what the agent's transformer does
 * for each class the JVM loads, over every class of the corpus jars, pass after pass; prints the
 * first pass (the code still cold, as at a program's start) and the median of the others.
 *
 * <p>Usage: {@code CorpusTransformer scan|line-all|function-all PASSES JAR...}. {@code scan}: line
 * mode without patterns, where a class without {@code @Profile} needs only the quick scan that
 * finds nothing to do; {@code line-all}: line mode with include {@code **}, every method
 * instrumented; {@code function-all}: function mode, every method instrumented.
 */
public final class CorpusTransformer {
  private static final class ClassFile {
    final String internalName;
    final byte[] bytes;

    ClassFile(String internalName, byte[] bytes) {
      this.internalName = internalName;
      this.bytes = bytes;
    }
  }

  /** One profiling mode's transform of a class: the new bytes, or null if left unchanged. */
  private interface Transform {
    byte[] apply(ClassLoader loader, String internalName, byte[] classfile);
  }

  private CorpusTransformer() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    int passes = Integer.parseInt(args[1]);
    List<ClassFile> corpus = new ArrayList<>();
    long bytes = 0;
    for (int i = 2; i < args.length; i++) {
      for (ClassFile c : read(Path.of(args[i]))) {
        corpus.add(c);
        bytes += c.bytes.length;
      }
    }
    // The loader the transformer would be given: the application's, never the JDK's.
    ClassLoader loader = CorpusTransformer.class.getClassLoader();
    List<Double> warmMillis = new ArrayList<>();
    double coldMillis = 0;
    int changed = 0;
    for (int pass = 0; pass < passes; pass++) {
      // Fresh per pass, as in a new JVM; the registries keep what earlier passes registered.
      Transform transform = transform(mode);
      changed = 0;
      long start = System.nanoTime();
      for (ClassFile c : corpus) {
        if (MethodSelection.isNeverProfiled(c.internalName)) {
          continue;
        }
        if (transform.apply(loader, c.internalName, c.bytes) != null) {
          changed++;
        }
      }
      double millis = (System.nanoTime() - start) / 1e6;
      if (pass == 0) {
        coldMillis = millis;
      } else {
        warmMillis.add(millis);
      }
    }
    double warm = warmMillis.isEmpty() ? coldMillis : Medians.of(warmMillis);
    System.out.println(
        String.format(
            Locale.ROOT,
            "classes=%d bytes=%d changed=%d coldMillis=%.3f warmMillis=%.3f",
            corpus.size(),
            bytes,
            changed,
            coldMillis,
            warm));
  }

  private static Transform transform(String mode) {
    List<String> none = List.of();
    switch (mode) {
      case "scan":
        return new ClassInstrumenter(
                new RecorderRegistry(false), new ProfiledUnits(), MethodSelection.NONE, w -> {})
            ::instrument;
      case "line-all":
        return new ClassInstrumenter(
                new RecorderRegistry(false),
                new ProfiledUnits(),
                MethodSelection.parse(List.of("**"), none),
                w -> {})
            ::instrument;
      case "function-all":
        FunctionInstrumenter functions =
            new FunctionInstrumenter(new RecorderRegistry(true), MethodSelection.NONE, w -> {});
        return (loader, name, classfile) -> functions.instrument(name, classfile);
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /** Every class of the jar but {@code module-info} and other Java versions' copies. */
  private static List<ClassFile> read(Path jarPath) throws IOException {
    List<ClassFile> classes = new ArrayList<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class")
            || name.startsWith("META-INF/")
            || name.endsWith("module-info.class")) {
          continue;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          classes.add(
              new ClassFile(
                  name.substring(0, name.length() - ".class".length()), in.readAllBytes()));
        }
      }
    }
    return classes;
  }
}
