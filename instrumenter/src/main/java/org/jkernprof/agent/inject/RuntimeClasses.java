package org.jkernprof.agent.inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The recorder runtime's class files ({@code org/jkernprof/agent/rt/}), read from wherever the
 * agent was loaded (its jar, or a folder of classes in tests), in an order in which each can be
 * defined.
 *
 * <p>They are found from the two recorders the agent calls, following the runtime classes each one
 * names: looking entries up by name costs far less at start-up than listing the agent jar, whose
 * shaded ASM and JavaParser make it over a thousand entries. Loops rather than streams and lambdas,
 * each of which would spin a class before the program starts.
 */
public final class RuntimeClasses {
  /** The classes the agent reaches by name; every other runtime class is named from these. */
  private static final String[] ROOTS = {"LineRecorder", "CallRecorder"};

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

  private RuntimeClasses() {}

  /**
   * The runtime classes under {@code sourcePackage} (an internal-name prefix), each after those of
   * its supertypes among them, nested classes before their outer classes.
   */
  public static List<RuntimeClassFile> read(String sourcePackage) throws IOException {
    Path location = agentLocation();
    JarFile jar = Files.isDirectory(location) ? null : new JarFile(location.toFile());
    try {
      Map<String, RuntimeClassFile> byName = new TreeMap<>(NESTED_FIRST);
      Deque<String> pending = new ArrayDeque<>();
      for (String root : ROOTS) {
        pending.add(sourcePackage + root);
      }
      while (!pending.isEmpty()) {
        String name = pending.remove();
        if (byName.containsKey(name)) {
          continue;
        }
        RuntimeClassFile classFile = new RuntimeClassFile(read(location, jar, name));
        byName.put(name, classFile);
        pending.addAll(classFile.namedClasses(sourcePackage));
      }
      List<RuntimeClassFile> ordered = new ArrayList<>();
      Set<String> placed = new HashSet<>();
      for (RuntimeClassFile classFile : byName.values()) {
        place(classFile, byName, placed, ordered);
      }
      return ordered;
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
  }

  private static Path agentLocation() throws IOException {
    CodeSource source = RuntimeClasses.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("cannot tell where the agent was loaded from");
    }
    try {
      return Paths.get(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("the agent's location is not a file: " + source.getLocation(), e);
    }
  }

  private static byte[] read(Path location, JarFile jar, String internalName) throws IOException {
    String file = internalName + ".class";
    if (jar == null) {
      return Files.readAllBytes(location.resolve(file));
    }
    JarEntry entry = jar.getJarEntry(file);
    if (entry == null) {
      throw new NoSuchFileException(location + "!/" + file);
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
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

  private static int nesting(String internalName) {
    int dollars = 0;
    for (int i = internalName.lastIndexOf('/') + 1; i < internalName.length(); i++) {
      if (internalName.charAt(i) == '$') {
        dollars++;
      }
    }
    return dollars;
  }
}
