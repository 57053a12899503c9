package org.jkernprof.agent.instr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Instruments one class file: bytes in, bytes out. Methods marked {@code @Profile} (directly or
 * through their class) or included by a {@link MethodSelection} get line probes; so do the lambdas
 * and the methods of anonymous and local classes written inside them, which report into the
 * enclosing method. Classes written in a field initializer (an enum constant's body) and the
 * lambdas of a static initializer have no profiled method to report into: they are selected as
 * methods of their own. Methods the selection excludes, and everything else, are left as they were.
 *
 * <p>A trial rewrite with the widest probe encoding first finds the methods that probes would push
 * past the JVM's 64 KB code limit; only then are methods registered with the recorder, so a method
 * left as it was never shows up in the results.
 */
public final class ClassInstrumenter {
  private final ProbeRuntime runtime;
  private final byte[] recorderName;
  private final ProfiledUnits units;
  private final MethodSelection selection;
  private final Consumer<String> warnings;

  /**
   * @param runtime the recorder the probes call and methods are registered with
   * @param units the index of profiled methods shared by all classes of this JVM
   * @param warnings receives one line per method that is marked but cannot be profiled
   */
  public ClassInstrumenter(ProbeRuntime runtime, ProfiledUnits units, Consumer<String> warnings) {
    this(runtime, units, MethodSelection.NONE, warnings);
  }

  /**
   * @param selection the methods to profile as if marked {@code @Profile}, and those never to
   *     profile even if marked
   */
  public ClassInstrumenter(
      ProbeRuntime runtime,
      ProfiledUnits units,
      MethodSelection selection,
      Consumer<String> warnings) {
    if (runtime.lineTimer() == LineTimer.SAMPLED && runtime.countsMemory()) {
      throw new IllegalArgumentException("counting probes (--timer=sampled) count no memory");
    }
    this.runtime = runtime;
    this.recorderName = runtime.recorderClass().getBytes(StandardCharsets.UTF_8);
    this.units = units;
    this.selection = selection;
    this.warnings = warnings;
  }

  /**
   * Returns the instrumented class file, or {@code null} if the class has nothing to profile (or
   * was instrumented already), in which case it must be used unchanged.
   */
  public byte[] instrument(ClassLoader loader, String className, byte[] classfile) {
    if (!selectsByPattern(loader, className)
        && !ProfileAnnotation.mayBeAnnotated(classfile)
        && !mayBeNested(loader, className)) {
      return null;
    }
    if (ProfileAnnotation.contains(classfile, recorderName)) {
      return null; // instrumented already
    }
    Set<String> leftAsIs = new HashSet<>();
    List<String> problems = new ArrayList<>();
    while (true) {
      ClassNode trial = read(classfile);
      problems.clear();
      Map<String, Planned> plan = plan(loader, trial, leftAsIs, problems);
      if (plan.isEmpty()) {
        problems.forEach(warnings);
        return null;
      }
      try {
        rewrite(trial, plan, null);
        break;
      } catch (MethodTooLargeException e) {
        if (!leftAsIs.add(e.getMethodName() + e.getDescriptor())) {
          throw e;
        }
        warnings.accept(
            notProfiling(
                trial,
                e.getMethodName(),
                e.getDescriptor(),
                "with probes it would exceed the JVM's 64 KB code limit"));
      } catch (CountingProbeInserter.Unsupported e) {
        if (!leftAsIs.add(e.methodName + e.descriptor)) {
          throw e;
        }
        warnings.accept(notProfiling(trial, e.methodName, e.descriptor, e.getMessage()));
      }
    }
    problems.forEach(warnings);
    ClassNode cls = read(classfile);
    Map<String, Planned> plan = plan(loader, cls, leftAsIs, new ArrayList<>());
    return rewrite(cls, plan, new Registration(loader, cls));
  }

  /**
   * Whether a class file may mention {@code @Profile} at all: a cheap scan of its bytes, for
   * picking the loaded classes an attached session must look at again.
   */
  public static boolean mayBeMarked(byte[] classfile) {
    return ProfileAnnotation.mayBeAnnotated(classfile);
  }

  private static ClassNode read(byte[] classfile) {
    ClassNode cls = new ClassNode();
    new ClassReader(classfile).accept(cls, ClassReader.EXPAND_FRAMES);
    return cls;
  }

  /**
   * Whether include patterns may select methods of the class. Never for classes of the boot and
   * platform loaders: those are the JDK's, whatever their package is called.
   */
  private boolean selectsByPattern(ClassLoader loader, String className) {
    return !MethodSelection.isJdkLoader(loader) && selection.includesClass(className);
  }

  private boolean mayBeNested(ClassLoader loader, String className) {
    int dollar = className.lastIndexOf('$');
    if (dollar <= 0) {
      return false;
    }
    String outer = className.substring(0, dollar);
    return units.hasUnits(loader, outer) || units.isMarkedClass(loader, outer);
  }

  /** Decides which methods to instrument and where each reports, by method name + descriptor. */
  private Map<String, Planned> plan(
      ClassLoader loader, ClassNode cls, Set<String> leftAsIs, List<String> problems) {
    Map<String, Planned> plan = new LinkedHashMap<>();
    Map<String, MethodNode> profiled = new LinkedHashMap<>();
    // A class written in a field initializer or an initializer block (an enum constant's body, an
    // anonymous class assigned to a field) has no method to report into: it is profiled as its
    // own, picked by patterns by its own name and marked by @Profile on the class it is written in.
    boolean inInitializer = cls.outerClass != null && cls.outerMethod == null;
    boolean classMarked =
        ProfileAnnotation.isPresent(cls.visibleAnnotations, cls.invisibleAnnotations)
            || (inInitializer && units.isMarkedClass(loader, cls.outerClass));
    if (classMarked) {
      units.addMarkedClass(loader, cls.name);
    }
    // Anonymous and local classes written in a method belong to it, as lambdas do: they are
    // profiled when it is, reporting into it, and never picked by a pattern on their own.
    boolean byPatterns =
        (cls.outerClass == null || inInitializer) && selectsByPattern(loader, cls.name);
    // Its implicit constructor only passes arguments on: the line that makes the object has it.
    boolean anonymous = inInitializer && isAnonymous(cls);
    for (MethodNode m : cls.methods) {
      if (selection.excludes(cls.name, m.name, m.desc) || (anonymous && "<init>".equals(m.name))) {
        continue;
      }
      // javac copies a method's annotations onto its bridge methods; a bridge only forwards to
      // the real method, so profiling it would count that method's lines twice.
      boolean isBridge = (m.access & Opcodes.ACC_BRIDGE) != 0;
      boolean generated = (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
      boolean marked =
          !isBridge && ProfileAnnotation.isPresent(m.visibleAnnotations, m.invisibleAnnotations);
      boolean byClass = classMarked && !generated && !"<clinit>".equals(m.name);
      boolean byPattern = byPatterns && !generated && selection.includes(cls.name, m.name, m.desc);
      // Only a pattern that names the method makes it worth a warning, as @Profile on it does.
      boolean named = byPattern && selection.namesMethod(cls.name, m.name);
      if ((marked || byClass || byPattern)
          && canInstrument(
              cls, m, marked || named, marked || byClass || named, leftAsIs, problems)) {
        plan.put(key(m), Planned.own());
        profiled.put(key(m), m);
      }
    }

    // A lambda written in a static initializer is its own when the initializer is not profiled
    // (it never is unless named): otherwise a marked class's static lambdas would go unseen.
    if (!plan.containsKey("<clinit>()V")) {
      for (MethodNode m : cls.methods) {
        boolean selected =
            classMarked || (byPatterns && selection.includes(cls.name, m.name, m.desc));
        if (selected
            && isStaticInitializerLambda(m)
            && !selection.excludes(cls.name, m.name, m.desc)
            && canInstrument(cls, m, false, false, leftAsIs, problems)) {
          plan.put(key(m), Planned.own());
          profiled.put(key(m), m);
        }
      }
    }

    Integer enclosingUnit =
        cls.outerMethod == null
            ? null
            : units.unitOf(loader, cls.outerClass, cls.outerMethod, cls.outerMethodDesc);
    for (MethodNode m : cls.methods) {
      if (plan.containsKey(key(m)) || (m.access & Opcodes.ACC_BRIDGE) != 0) {
        continue;
      }
      Planned nested = null;
      if (enclosingUnit != null) {
        nested = Planned.inUnit(enclosingUnit);
      } else {
        MethodNode enclosing = lambdaEnclosingMethod(m, profiled.values());
        if (enclosing != null) {
          nested = plan.get(key(enclosing)).nestedInside(key(enclosing));
        }
      }
      if (nested != null && canInstrument(cls, m, false, false, leftAsIs, problems)) {
        plan.put(key(m), nested);
        profiled.put(key(m), m);
      }
    }
    return plan;
  }

  /**
   * The profiled method a lambda body was written in: javac names it {@code lambda$name$N}; among
   * overloads (or for compilers that do not name it so) the candidate that starts last before the
   * lambda's first line wins.
   */
  private static MethodNode lambdaEnclosingMethod(
      MethodNode lambda, Iterable<MethodNode> profiled) {
    if ((lambda.access & Opcodes.ACC_SYNTHETIC) == 0 || !lambda.name.startsWith("lambda$")) {
      return null;
    }
    String enclosing = enclosingName(lambda.name);
    int lambdaLine = firstLine(lambda);
    MethodNode best = null;
    for (MethodNode candidate : profiled) {
      if (enclosing != null && !enclosing.equals(candidate.name)) {
        continue;
      }
      int start = firstLine(candidate);
      if (start > lambdaLine) {
        if (enclosing != null && best == null) {
          best = candidate;
        }
        continue;
      }
      if (best == null || firstLine(best) > lambdaLine || start > firstLine(best)) {
        best = candidate;
      }
    }
    return best;
  }

  /** Whether the class's own entry in its InnerClasses attribute has no simple name. */
  private static boolean isAnonymous(ClassNode cls) {
    for (InnerClassNode inner : cls.innerClasses) {
      if (inner.name.equals(cls.name)) {
        return inner.innerName == null;
      }
    }
    return false;
  }

  /** Whether javac wrote {@code m} for a lambda of a static initializer or static field. */
  private static boolean isStaticInitializerLambda(MethodNode m) {
    return (m.access & Opcodes.ACC_SYNTHETIC) != 0 && m.name.startsWith("lambda$static$");
  }

  /** {@code lambda$compute$2} → {@code compute}; javac's {@code new} and {@code static} too. */
  private static String enclosingName(String lambdaName) {
    int first = lambdaName.indexOf('$');
    int last = lambdaName.lastIndexOf('$');
    if (last <= first) {
      return null;
    }
    String name = lambdaName.substring(first + 1, last);
    if (name.equals("new")) {
      return "<init>";
    }
    return name.equals("static") ? "<clinit>" : name;
  }

  /**
   * Whether {@code m} has code with line numbers. Says why not for a method marked itself ({@code
   * marked}) or through its class ({@code own}); nested code is passed over quietly.
   */
  private static boolean canInstrument(
      ClassNode cls,
      MethodNode m,
      boolean marked,
      boolean own,
      Set<String> leftAsIs,
      List<String> problems) {
    if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      if (marked) {
        String kind = (m.access & Opcodes.ACC_NATIVE) != 0 ? "native" : "abstract";
        problems.add(notProfiling(cls, m.name, m.desc, "it is " + kind + " and has no code"));
      }
      return false;
    }
    if (leftAsIs.contains(key(m))) {
      return false;
    }
    if (lines(m).isEmpty()) {
      if (own) {
        problems.add(
            notProfiling(cls, m.name, m.desc, "it has no line numbers (compiled with -g:none?)"));
      }
      return false;
    }
    return true;
  }

  /**
   * Inserts the probes and writes the class. With {@code registration} null this is the trial run:
   * every probe uses a placeholder slot with the widest encoding, and nothing is recorded.
   */
  private byte[] rewrite(ClassNode cls, Map<String, Planned> plan, Registration registration) {
    boolean withFrames = (cls.version & 0xFFFF) >= Opcodes.V1_6;
    Map<String, MethodNode> byKey = new HashMap<>();
    for (MethodNode m : cls.methods) {
      byKey.put(key(m), m);
    }
    for (Map.Entry<String, Planned> entry : plan.entrySet()) {
      MethodNode m = byKey.get(entry.getKey());
      Planned planned = entry.getValue();
      MethodSlots slots =
          registration == null
              ? MethodSlots.placeholder(lines(m), hitOnlyLines(planned, byKey))
              : registration.slots(m, planned, byKey);
      AbstractInsnNode thisInit = "<init>".equals(m.name) ? ThisInitFinder.find(cls.name, m) : null;
      LineProbeInserter.insert(m, runtime, slots, thisInit, withFrames);
    }
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cls.accept(writer);
    return writer.toByteArray();
  }

  /** The lines {@link Registration#slots} will make hit-only, known before registration. */
  private Set<Integer> hitOnlyLines(Planned planned, Map<String, MethodNode> byKey) {
    if (!planned.nested) {
      return Set.of();
    }
    return planned.outerUnit != null
        ? units.ownLines(planned.outerUnit)
        : lines(byKey.get(planned.enclosingKey));
  }

  static Set<Integer> lines(MethodNode m) {
    Set<Integer> lines = new TreeSet<>();
    if (m.instructions != null) {
      for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
        if (insn instanceof LineNumberNode) {
          lines.add(((LineNumberNode) insn).line);
        }
      }
    }
    return lines;
  }

  private static int firstLine(MethodNode m) {
    Set<Integer> lines = lines(m);
    return lines.isEmpty() ? Integer.MAX_VALUE : lines.iterator().next();
  }

  private static String key(MethodNode m) {
    return m.name + m.desc;
  }

  private static String notProfiling(ClassNode cls, String name, String desc, String why) {
    return "not profiling " + MethodNames.readable(cls.name, name, desc) + ": " + why;
  }

  /** Registers the final run's methods and lines with the recorder and the unit index. */
  private final class Registration {
    private final ClassLoader loader;
    private final ClassNode cls;
    private final Map<String, Integer> ownUnits = new HashMap<>();

    Registration(ClassLoader loader, ClassNode cls) {
      this.loader = loader;
      this.cls = cls;
    }

    MethodSlots slots(MethodNode m, Planned planned, Map<String, MethodNode> byKey) {
      int unit;
      if (planned.outerUnit != null) {
        unit = planned.outerUnit;
      } else {
        String unitKey = planned.enclosingKey != null ? planned.enclosingKey : key(m);
        unit = ownUnit(byKey.get(unitKey));
      }
      units.add(loader, cls.name, m.name, m.desc, unit);
      Set<Integer> ownLines = planned.nested ? units.ownLines(unit) : Set.of();
      return MethodSlots.register(runtime, unit, lines(m), planned.nested, ownLines);
    }

    private int ownUnit(MethodNode method) {
      // Not computeIfAbsent with a lambda: this runs for the first classes, before main.
      Integer known = ownUnits.get(key(method));
      if (known != null) {
        return known;
      }
      String sourceFile = cls.sourceFile == null ? "" : cls.sourceFile;
      String className = Type.getObjectType(cls.name).getClassName();
      int unit = runtime.registerMethod(className, method.name, method.desc, sourceFile);
      units.setOwnLines(unit, lines(method));
      units.setMethod(unit, className, method.name, method.desc);
      ownUnits.put(key(method), unit);
      return unit;
    }
  }

  /** Where a planned method reports: its own unit, or as nested code into another's. */
  private static final class Planned {
    final boolean nested;
    final String enclosingKey;
    final Integer outerUnit;

    private Planned(boolean nested, String enclosingKey, Integer outerUnit) {
      this.nested = nested;
      this.enclosingKey = enclosingKey;
      this.outerUnit = outerUnit;
    }

    static Planned own() {
      return new Planned(false, null, null);
    }

    /** Nested code of a method of another class, whose unit is already registered. */
    static Planned inUnit(int unit) {
      return new Planned(true, null, unit);
    }

    /** Nested code of the method {@code key} of this class, or of what that one nests in. */
    Planned nestedInside(String key) {
      return new Planned(true, enclosingKey != null ? enclosingKey : key, outerUnit);
    }
  }
}
