package org.jkernprof.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Defines the recorder runtime ({@code org/jkernprof/agent/rt/}) in the bootstrap class loader,
 * renamed into {@code java.lang}, so that probes in classes of every class loader reach it and the
 * profiled program needs nothing on its class path. {@code java.lang} is opened to the agent alone
 * for this; appending to the bootstrap class path instead would turn off class data sharing for the
 * application's classes and make the JVM print a warning.
 */
final class RuntimeInjector {
  static final String SOURCE_PACKAGE = "org/jkernprof/agent/rt/";

  /** Versioned so that two different agents in one JVM never share a runtime by accident. */
  static final String TARGET_PREFIX = "java/lang/$jkernprof_1$";

  private RuntimeInjector() {}

  /**
   * The injected name of a runtime class: {@code LineRecorder} → {@code
   * java/lang/$jkernprof_1$LineRecorder}.
   */
  static String injectedName(String simpleName) {
    return TARGET_PREFIX + simpleName;
  }

  /** Defines the runtime classes, unless another copy of this agent already did. */
  static void inject(Instrumentation inst) throws IOException {
    if (alreadyInjected()) {
      return;
    }
    Module javaBase = Object.class.getModule();
    Module agent = RuntimeInjector.class.getModule();
    inst.redefineModule(
        javaBase, Set.of(), Map.of(), Map.of("java.lang", Set.of(agent)), Set.of(), Map.of());
    MethodHandles.Lookup lookup;
    try {
      lookup = MethodHandles.privateLookupIn(Object.class, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw new IOException("cannot open java.lang to the agent: " + e.getMessage(), e);
    }
    for (byte[] classfile : runtimeClasses()) {
      try {
        lookup.defineClass(renamed(classfile));
      } catch (IllegalAccessException | LinkageError e) {
        throw new IOException("cannot define the recorder runtime: " + e, e);
      }
    }
  }

  private static boolean alreadyInjected() {
    try {
      Class.forName(injectedName("LineRecorder").replace('/', '.'), false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static byte[] renamed(byte[] classfile) {
    ClassReader reader = new ClassReader(classfile);
    ClassWriter writer = new ClassWriter(0);
    reader.accept(
        new ClassRemapper(
            writer,
            new Remapper() {
              @Override
              public String map(String internalName) {
                return internalName.startsWith(SOURCE_PACKAGE)
                    ? TARGET_PREFIX + internalName.substring(SOURCE_PACKAGE.length())
                    : internalName;
              }
            }),
        0);
    return writer.toByteArray();
  }

  /**
   * The runtime's class files, read from wherever the agent was loaded (its jar, or a folder of
   * classes in tests), superclasses before subclasses so each can be defined in turn.
   */
  private static List<byte[]> runtimeClasses() throws IOException {
    CodeSource source = RuntimeInjector.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("cannot tell where the agent was loaded from");
    }
    Path location;
    try {
      location = Paths.get(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("the agent's location is not a file: " + source.getLocation(), e);
    }
    List<byte[]> classes = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(SOURCE_PACKAGE))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (file.toString().endsWith(".class")) {
            classes.add(Files.readAllBytes(file));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
          String name = entry.getName();
          if (name.startsWith(SOURCE_PACKAGE) && name.endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              classes.add(in.readAllBytes());
            }
          }
        }
      }
    }
    classes.removeIf(RuntimeInjector::isPackageInfo);
    classes.sort((a, b) -> Integer.compare(depth(a, classes), depth(b, classes)));
    return classes;
  }

  private static boolean isPackageInfo(byte[] classfile) {
    return new ClassReader(classfile).getClassName().endsWith("/package-info");
  }

  /** How many runtime classes stand above this one in its superclass chain. */
  private static int depth(byte[] classfile, List<byte[]> all) {
    String superName = new ClassReader(classfile).getSuperName();
    for (byte[] other : all) {
      if (new ClassReader(other).getClassName().equals(superName)) {
        return 1 + depth(other, all);
      }
    }
    return 0;
  }
}
