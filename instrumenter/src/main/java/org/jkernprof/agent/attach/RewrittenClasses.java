package org.jkernprof.agent.attach;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The classes an attached session rewrote, by class loader and name: weakly, so that recording a
 * class never keeps it or its loader from being unloaded. Thread-safe: the transformer adds from
 * whichever thread loads a class.
 */
public final class RewrittenClasses {
  private final Map<ClassLoader, Set<String>> byLoader = new WeakHashMap<>();

  /** Classes of the boot loader, whose key {@link WeakHashMap} would hold as null. */
  private final Set<String> ofBootLoader = new HashSet<>();

  /** Records that class {@code internalName} of {@code loader} (null: the boot loader) changed. */
  public synchronized void add(ClassLoader loader, String internalName) {
    if (loader == null) {
      ofBootLoader.add(internalName);
    } else {
      byLoader.computeIfAbsent(loader, l -> new HashSet<>()).add(internalName);
    }
  }

  /** Forgets {@code type}: the JVM refused the bytes the transformer made for it. */
  public synchronized void remove(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    Set<String> names = loader == null ? ofBootLoader : byLoader.get(loader);
    if (names != null) {
      names.remove(type.getName().replace('.', '/'));
    }
  }

  /** How many classes were recorded, some perhaps unloaded since. */
  public synchronized int size() {
    int size = ofBootLoader.size();
    for (Set<String> names : byLoader.values()) {
      size += names.size();
    }
    return size;
  }

  /** Whether {@code type} is one of the recorded classes. */
  public synchronized boolean contains(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    Set<String> names = loader == null ? ofBootLoader : byLoader.get(loader);
    return names != null && names.contains(type.getName().replace('.', '/'));
  }

  /** The recorded classes still loaded, found among those {@code inst} knows. */
  public List<Class<?>> stillLoaded(Instrumentation inst) {
    List<Class<?>> loaded = new ArrayList<>();
    for (Class<?> type : inst.getAllLoadedClasses()) {
      if (contains(type)) {
        loaded.add(type);
      }
    }
    return loaded;
  }
}
