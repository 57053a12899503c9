package org.jkernprof.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
    for (RuntimeClassFile classFile : runtimeClasses()) {
      try {
        lookup.defineClass(classFile.renamed(SOURCE_PACKAGE, TARGET_PREFIX));
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

  /**
   * The runtime's class files, read from wherever the agent was loaded (its jar, or a folder of
   * classes in tests), in an order where each comes after the supertypes it has among them, so each
   * can be defined in turn. Loops rather than streams and lambdas: each lambda costs the JVM a
   * class spun at its first use, and this runs before the program starts.
   */
  private static List<RuntimeClassFile> runtimeClasses() throws IOException {
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
    List<byte[]> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (DirectoryStream<Path> folder =
          Files.newDirectoryStream(location.resolve(SOURCE_PACKAGE))) {
        for (Path file : folder) {
          if (file.toString().endsWith(".class")) {
            files.add(Files.readAllBytes(file));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (name.startsWith(SOURCE_PACKAGE) && name.endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.add(in.readAllBytes());
            }
          }
        }
      }
    }
    Map<String, RuntimeClassFile> byName = new TreeMap<>(NESTED_FIRST);
    for (byte[] file : files) {
      RuntimeClassFile classFile = new RuntimeClassFile(file);
      if (!classFile.name().endsWith("/package-info")) {
        byName.put(classFile.name(), classFile);
      }
    }
    List<RuntimeClassFile> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (RuntimeClassFile classFile : byName.values()) {
      place(classFile, byName, placed, ordered);
    }
    return ordered;
  }

  /**
   * Nested classes before the classes around them, then by name. Defining a class links it, and
   * with verification on ({@code -Xverify:all}) linking a class that stores an instance of its
   * nested class where a supertype is expected ({@code ThreadLocal COUNTERS = new ...}) loads that
   * nested class, which must then exist already.
   */
  private static final Comparator<String> NESTED_FIRST =
      new Comparator<String>() {
        @Override
        public int compare(String a, String b) {
          int byNesting = Integer.compare(nesting(b), nesting(a));
          return byNesting != 0 ? byNesting : a.compareTo(b);
        }
      };

  private static int nesting(String internalName) {
    int dollars = 0;
    for (int i = internalName.lastIndexOf('/') + 1; i < internalName.length(); i++) {
      if (internalName.charAt(i) == '$') {
        dollars++;
      }
    }
    return dollars;
  }

  /** Adds {@code classFile} to {@code ordered} after those of its supertypes in {@code byName}. */
  private static void place(
      RuntimeClassFile classFile,
      Map<String, RuntimeClassFile> byName,
      Set<String> placed,
      List<RuntimeClassFile> ordered) {
    if (!placed.add(classFile.name())) {
      return;
    }
    for (String supertype : classFile.supertypes()) {
      RuntimeClassFile other = byName.get(supertype);
      if (other != null) {
        place(other, byName, placed, ordered);
      }
    }
    ordered.add(classFile);
  }
}
