package org.jkernprof.agent.instr;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Remembers, per class loader, which instrumented methods report into which profiled method
 * ("unit"), and each unit's own lines. An anonymous or local class is loaded after the class whose
 * method creates it, so when it arrives this index says whether that method is profiled.
 */
public final class ProfiledUnits {
  /** Stand-in key for the bootstrap loader, which {@link WeakHashMap} cannot hold as null. */
  private static final Object BOOTSTRAP = new Object();

  private final Map<Object, Map<String, Integer>> unitByMethod = new WeakHashMap<>();
  private final Map<Object, Set<String>> classesWithUnits = new WeakHashMap<>();
  private final Map<Object, Set<String>> markedClasses = new WeakHashMap<>();
  private final Map<Integer, Set<Integer>> ownLinesByUnit = new HashMap<>();

  /** Per unit, its method as the results name it: binary class name, method name, descriptor. */
  private final Map<Integer, String[]> methodByUnit = new HashMap<>();

  /** Records that {@code owner.name desc}, loaded by {@code loader}, reports into {@code unit}. */
  synchronized void add(ClassLoader loader, String owner, String name, String desc, int unit) {
    Object key = key(loader);
    // get and put, not computeIfAbsent with lambdas: this runs before the program's main.
    Map<String, Integer> units = unitByMethod.get(key);
    if (units == null) {
      units = new HashMap<>();
      unitByMethod.put(key, units);
    }
    units.put(methodKey(owner, name, desc), unit);
    Set<String> classes = classesWithUnits.get(key);
    if (classes == null) {
      classes = new java.util.HashSet<>();
      classesWithUnits.put(key, classes);
    }
    classes.add(owner);
  }

  /** The unit {@code owner.name desc} reports into, or {@code null} if it is not profiled. */
  synchronized Integer unitOf(ClassLoader loader, String owner, String name, String desc) {
    Map<String, Integer> units = unitByMethod.get(key(loader));
    return units == null ? null : units.get(methodKey(owner, name, desc));
  }

  /** Whether any method of class {@code owner} (internal name) is profiled. */
  synchronized boolean hasUnits(ClassLoader loader, String owner) {
    Set<String> classes = classesWithUnits.get(key(loader));
    return classes != null && classes.contains(owner);
  }

  /**
   * Records that class {@code owner} (internal name), loaded by {@code loader}, is marked
   * {@code @Profile} as a whole, which the classes written in its initializers inherit.
   */
  synchronized void addMarkedClass(ClassLoader loader, String owner) {
    Object key = key(loader);
    Set<String> classes = markedClasses.get(key);
    if (classes == null) {
      classes = new java.util.HashSet<>();
      markedClasses.put(key, classes);
    }
    classes.add(owner);
  }

  /** Whether class {@code owner} (internal name) was seen marked {@code @Profile} as a whole. */
  synchronized boolean isMarkedClass(ClassLoader loader, String owner) {
    Set<String> classes = markedClasses.get(key(loader));
    return classes != null && classes.contains(owner);
  }

  /** Records the method unit {@code unit} is, as the results name it. */
  synchronized void setMethod(int unit, String className, String name, String desc) {
    methodByUnit.put(unit, new String[] {className, name, desc});
  }

  /**
   * The method that {@code owner.name desc} reports into, whatever loader loaded it (stack samples
   * do not name loaders): its binary class name, name and descriptor, or null if it is not
   * profiled. For code nested in a profiled method, that method.
   *
   * @param owner the class's binary name ({@code a.b.Outer$Inner})
   */
  public synchronized String[] methodReportedInto(String owner, String name, String desc) {
    String key = methodKey(owner.replace('.', '/'), name, desc);
    for (Map<String, Integer> units : unitByMethod.values()) {
      Integer unit = units.get(key);
      if (unit != null) {
        return methodByUnit.get(unit);
      }
    }
    return null;
  }

  synchronized void setOwnLines(int unit, Set<Integer> lines) {
    ownLinesByUnit.put(unit, Collections.unmodifiableSet(lines));
  }

  /** The lines of the unit's own method, empty if unknown. */
  synchronized Set<Integer> ownLines(int unit) {
    return ownLinesByUnit.getOrDefault(unit, Set.of());
  }

  private static Object key(ClassLoader loader) {
    return loader == null ? BOOTSTRAP : loader;
  }

  private static String methodKey(String owner, String name, String desc) {
    return owner + '.' + name + desc;
  }
}
