package org.jkernprof.agent.instr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which methods the {@code include} and {@code exclude} patterns select: a method is included when
 * an include pattern matches it and no exclude pattern does. Classes of the JDK and of jkernprof
 * itself are never included, whatever the patterns say. Immutable and thread-safe; every test works
 * from names alone, so it is cheap enough to run for each class the JVM loads, before the class is
 * parsed.
 *
 * <p>The decisions here are by name only: callers still pass over bridge and synthetic methods, and
 * classes of the boot and platform class loaders, whose names this cannot tell apart.
 */
public final class MethodSelection {
  /** Selects nothing and excludes nothing. */
  public static final MethodSelection NONE =
      new MethodSelection(Collections.emptyList(), Collections.emptyList());

  /**
   * Internal-name prefixes of the classes never instrumented: the JDK's, and jkernprof's own, those
   * of the agent and every class of jkernprof a profiled program may run (the {@code JKernprof}
   * switch, the JUnit 5 extension, the command, the Maven plugin). {@code org.jkernprof} itself is
   * not spared whole: programs of jkernprof's own, its demo and test targets, are profiled.
   */
  private static final String[] NEVER_PROFILED = {
    "java/",
    "javax/",
    "jdk/",
    "sun/",
    "com/sun/",
    "org/jkernprof/agent/",
    "org/jkernprof/results/",
    "org/jkernprof/report/",
    "org/jkernprof/JKernprof",
    "org/jkernprof/TestSpan",
    "org/jkernprof/junit5/",
    "org/jkernprof/cli/",
    "org/jkernprof/maven/",
  };

  private static final ClassLoader PLATFORM_LOADER = ClassLoader.getPlatformClassLoader();

  private final List<MethodPattern> includes;
  private final List<MethodPattern> excludes;

  /** False only in the selection {@link #everyMethodOfEveryClass} gives tests. */
  private final boolean sparesNeverProfiled;

  private MethodSelection(List<MethodPattern> includes, List<MethodPattern> excludes) {
    this(includes, excludes, true);
  }

  private MethodSelection(
      List<MethodPattern> includes, List<MethodPattern> excludes, boolean sparesNeverProfiled) {
    this.includes = includes;
    this.excludes = excludes;
    this.sparesNeverProfiled = sparesNeverProfiled;
  }

  /**
   * Includes every method of every class, static initializers too, and unlike any selection the
   * agent builds, also those of the JDK and of jkernprof: for tests that run the instrumenter over
   * the JDK's own bytecode to check what it writes. Callers still refuse the JDK's class loaders.
   */
  static MethodSelection everyMethodOfEveryClass() {
    return new MethodSelection(
        List.of(MethodPattern.parse("**"), MethodPattern.parse("**#<clinit>")), List.of(), false);
  }

  /**
   * Includes the methods {@code pattern} matches even in jkernprof's own packages, which every
   * other selection the agent builds spares: only for the agent's calibration, which must time code
   * of its own through the real probes.
   */
  public static MethodSelection ownCode(MethodPattern pattern) {
    if (!pattern.onlyMatchesBelow("org/jkernprof/agent/")) {
      throw new IllegalArgumentException("not a pattern for the agent's own code: " + pattern);
    }
    return new MethodSelection(List.of(pattern), List.of(), false);
  }

  public static MethodSelection of(List<MethodPattern> includes, List<MethodPattern> excludes) {
    return new MethodSelection(
        Collections.unmodifiableList(new ArrayList<>(includes)),
        Collections.unmodifiableList(new ArrayList<>(excludes)));
  }

  /**
   * Parses the patterns as given on a command line.
   *
   * @throws IllegalArgumentException with a one-line message if a pattern is invalid
   */
  public static MethodSelection parse(List<String> includes, List<String> excludes) {
    return of(parseAll(includes), parseAll(excludes));
  }

  private static List<MethodPattern> parseAll(List<String> patterns) {
    List<MethodPattern> parsed = new ArrayList<>();
    for (String pattern : patterns) {
      parsed.add(MethodPattern.parse(pattern));
    }
    return parsed;
  }

  public List<MethodPattern> includePatterns() {
    return includes;
  }

  public List<MethodPattern> excludePatterns() {
    return excludes;
  }

  /** Whether there is any include pattern. */
  public boolean hasIncludes() {
    return !includes.isEmpty();
  }

  /**
   * Whether some method of the class ({@code com/acme/Report}) may be included: an include pattern
   * matches its name, it is not a JDK or jkernprof class, and no exclude pattern takes the whole
   * class. False for most classes after a few string comparisons.
   */
  public boolean includesClass(String internalName) {
    if (includes.isEmpty() || (sparesNeverProfiled && isNeverProfiled(internalName))) {
      return false;
    }
    boolean matched = false;
    for (MethodPattern include : includes) {
      if (include.matchesClass(internalName)) {
        matched = true;
        break;
      }
    }
    if (!matched) {
      return false;
    }
    for (MethodPattern exclude : excludes) {
      if (!exclude.namesMethod() && exclude.matchesClass(internalName)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the method is included. {@code descriptor} is not looked at yet (a pattern selects
   * every overload) but belongs to a method's identity.
   */
  public boolean includes(String internalClassName, String methodName, String descriptor) {
    return includesClass(internalClassName)
        && anyMatches(includes, internalClassName, methodName)
        && !excludes(internalClassName, methodName, descriptor);
  }

  /**
   * Whether an exclude pattern matches the method. Exclusion wins over inclusion, and in the
   * instrumenter over {@code @Profile} too.
   */
  public boolean excludes(String internalClassName, String methodName, String descriptor) {
    return anyMatches(excludes, internalClassName, methodName);
  }

  /**
   * Whether an include pattern with a method part picks this method by name, as opposed to a
   * pattern that takes whole classes. Only then is it worth a warning that the method cannot be
   * profiled: a package pattern must not warn about every abstract method it meets.
   */
  boolean namesMethod(String internalClassName, String methodName) {
    for (MethodPattern include : includes) {
      if (include.namesMethod() && include.matches(internalClassName, methodName)) {
        return true;
      }
    }
    return false;
  }

  /** The include patterns that can only match JDK or jkernprof classes, such as {@code java.**}. */
  public List<MethodPattern> includesOnlyNeverProfiled() {
    List<MethodPattern> useless = new ArrayList<>();
    for (MethodPattern include : includes) {
      for (String prefix : NEVER_PROFILED) {
        if (include.onlyMatchesBelow(prefix)) {
          useless.add(include);
          break;
        }
      }
    }
    return useless;
  }

  /**
   * Whether {@code loader} is the JDK's: the bootstrap loader ({@code null}) or the platform
   * loader. Their classes are never the application's, whatever their packages are called.
   */
  public static boolean isJdkLoader(ClassLoader loader) {
    return loader == null || loader == PLATFORM_LOADER;
  }

  /** Whether the class is one of the JDK's or jkernprof's, by name. */
  public static boolean isNeverProfiled(String internalName) {
    for (String prefix : NEVER_PROFILED) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatches(
      List<MethodPattern> patterns, String internalClassName, String methodName) {
    for (MethodPattern pattern : patterns) {
      if (pattern.matches(internalClassName, methodName)) {
        return true;
      }
    }
    return false;
  }
}
