package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Superclass, interfaces and kind of the classes a verifier meets, read from class files rather
 * than loaded: the corpus need not be loadable by the JVM running the test (Java 25 class files are
 * read on Java 17), and nothing is ever initialized. Thread-safe.
 */
final class ClassHierarchy {
  /** What the verifier needs to know about one class. */
  record Header(String superName, List<String> interfaces, boolean isInterface) {}

  private final List<ClassFileSource> sources;
  private final Map<String, Header> headers = new ConcurrentHashMap<>();

  /** Searches the sources in order, as a class path is. */
  ClassHierarchy(List<ClassFileSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /**
   * The header of {@code internalName}.
   *
   * @throws TypeNotPresentException if no source has the class
   */
  Header header(String internalName) {
    Header header = headers.get(internalName);
    if (header == null) {
      header = read(internalName);
      headers.put(internalName, header);
    }
    return header;
  }

  private Header read(String internalName) {
    for (ClassFileSource source : sources) {
      byte[] classfile = source.read(internalName);
      if (classfile != null) {
        ClassReader reader = new ClassReader(classfile);
        return new Header(
            reader.getSuperName(),
            List.of(reader.getInterfaces()),
            (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
      }
    }
    throw new TypeNotPresentException(internalName.replace('/', '.'), null);
  }

  /** Whether {@code sub} is {@code type} or extends or implements it, directly or not. */
  boolean isSubclassOf(String sub, String type) {
    List<String> pending = new ArrayList<>();
    pending.add(sub);
    while (!pending.isEmpty()) {
      String name = pending.remove(pending.size() - 1);
      if (name.equals(type)) {
        return true;
      }
      Header header = header(name);
      if (header.superName() != null) {
        pending.add(header.superName());
      }
      pending.addAll(header.interfaces());
    }
    return false;
  }
}
