package org.jkernprof.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jkernprof.agent.instr.CallProbeRuntime;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.EveryMethod;
import org.jkernprof.agent.instr.FunctionInstrumenter;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.agent.instr.ProfiledUnits;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Instruments every method of every class of a corpus in line mode, as {@code --include '**'} would
 * if it could reach every class, and in function mode; verifies what comes out, says why each
 * method without probes has none, and writes the instrumented class files for the JVM's own
 * verifier to check later.
 */
final class CorpusInstrumentation {
  /** Stands for the class loader the corpus would come from: not one of the JDK's. */
  private static final class CorpusLoader extends ClassLoader {
    CorpusLoader() {
      super(null);
    }
  }

  private static final String TOO_LARGE_WARNING = "with probes it would exceed the JVM's 64 KB";

  private final Corpus corpus;
  private final Path lineOut;
  private final Path functionOut;
  private final ClassLoader loader = new CorpusLoader();
  private final ThreadLocal<List<String>> warnings = ThreadLocal.withInitial(ArrayList::new);
  private final ProbeRuntime lineRuntime = CountingRuntimes.line();
  private final CallProbeRuntime functionRuntime = CountingRuntimes.function();
  private final ClassInstrumenter lines;
  private final FunctionInstrumenter functions;
  private final BytecodeVerifier verifier;

  /**
   * @param lineOut, functionOut folders the instrumented class files go to, one per mode; a class
   *     left unchanged is not written
   */
  CorpusInstrumentation(Corpus corpus, Path lineOut, Path functionOut) {
    this.corpus = corpus;
    this.lineOut = lineOut;
    this.functionOut = functionOut;
    Consumer<String> warn = warning -> warnings.get().add(warning);
    this.lines =
        new ClassInstrumenter(lineRuntime, new ProfiledUnits(), EveryMethod.selection(), warn);
    this.functions = new FunctionInstrumenter(functionRuntime, MethodSelection.NONE, warn);
    this.verifier = new BytecodeVerifier(corpus.hierarchy());
  }

  /**
   * Runs over the whole corpus on {@code pool}. A class with an EnclosingMethod attribute (an
   * anonymous or local class) waits until the class of that method is done, as the JVM loads them,
   * so the instrumenter knows whether the method is profiled.
   */
  CorpusTally run(ExecutorService pool) {
    CorpusTally tally = new CorpusTally(corpus.id(), corpus.name(), corpus.classes().size());
    for (List<String> level : nestingLevels()) {
      List<Future<ClassOutcome>> outcomes = new ArrayList<>();
      for (String name : level) {
        outcomes.add(pool.submit(() -> instrument(name, corpus.classes().get(name))));
      }
      for (Future<ClassOutcome> outcome : outcomes) {
        try {
          tally.add(outcome.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("checking " + corpus.name() + " failed", e.getCause());
        }
      }
    }
    return tally;
  }

  /** The classes in rounds: top-level and member classes first, then what they enclose. */
  private List<List<String>> nestingLevels() {
    Map<String, String> enclosing = new HashMap<>();
    corpus
        .classes()
        .forEach(
            (name, classfile) ->
                new ClassReader(classfile)
                    .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                          @Override
                          public void visitOuterClass(String owner, String method, String desc) {
                            enclosing.put(name, owner);
                          }
                        },
                        ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES));
    Map<String, Integer> depths = new HashMap<>();
    TreeMap<Integer, List<String>> levels = new TreeMap<>();
    for (String name : corpus.classes().keySet()) {
      levels.computeIfAbsent(depth(name, enclosing, depths), d -> new ArrayList<>()).add(name);
    }
    return new ArrayList<>(levels.values());
  }

  private static int depth(
      String name, Map<String, String> enclosing, Map<String, Integer> depths) {
    Integer known = depths.get(name);
    if (known != null) {
      return known;
    }
    String outer = enclosing.get(name);
    depths.put(name, 0); // a cycle, in a malformed corpus, ends here
    int depth = outer == null ? 0 : 1 + depth(outer, enclosing, depths);
    depths.put(name, depth);
    return depth;
  }

  private ClassOutcome instrument(String name, byte[] original) {
    List<String> failures = new ArrayList<>();
    List<String> uncheckable = new ArrayList<>();
    List<String> lineTooLarge = new ArrayList<>();
    List<String> functionTooLarge = new ArrayList<>();
    byte[] line =
        instrumentWith(
            "line", name, failures, lineTooLarge, () -> lines.instrument(loader, name, original));
    byte[] function =
        instrumentWith(
            "function",
            name,
            failures,
            functionTooLarge,
            () -> functions.instrument(name, original));

    OriginalClass before = OriginalClass.read(original);
    ClassNode lineNode = line == null ? null : read(line, ClassReader.SKIP_DEBUG);
    ClassNode functionNode = function == null ? null : read(function, ClassReader.SKIP_DEBUG);
    OriginalProblems originalProblems = new OriginalProblems(original);
    check("line", lineNode, originalProblems, failures, uncheckable);
    check("function", functionNode, originalProblems, failures, uncheckable);

    Set<String> lineProbed = probed(lineNode, lineRuntime.recorderClass());
    Set<String> functionProbed = probed(functionNode, functionRuntime.recorderClass());
    Map<Skip, Integer> lineSkips = ClassOutcome.noSkips();
    Map<Skip, Integer> functionSkips = ClassOutcome.noSkips();
    List<String> tooLarge = new ArrayList<>();
    List<String> tooLargeChanged = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    for (OriginalClass.Method m : before.methods()) {
      String key = m.name() + m.desc();
      String readable = EveryMethod.readableName(name, m.name(), m.desc());
      if (!lineProbed.contains(key)) {
        Skip why = lineSkip(before, m, lineTooLarge.contains(readable));
        lineSkips.merge(why, 1, Integer::sum);
        if (why == Skip.TOO_LARGE) {
          tooLarge.add("line " + readable);
          if (line != null && !sameCode(original, line, key)) {
            tooLargeChanged.add("line " + readable);
          }
        } else if (why == Skip.UNEXPLAINED) {
          unexplained.add("line " + readable);
        }
      }
      if (!functionProbed.contains(key)) {
        Skip why = functionSkip(before, m, functionTooLarge.contains(readable));
        functionSkips.merge(why, 1, Integer::sum);
        if (why == Skip.TOO_LARGE) {
          tooLarge.add("function " + readable);
          if (function != null && !sameCode(original, function, key)) {
            tooLargeChanged.add("function " + readable);
          }
        } else if (why == Skip.UNEXPLAINED) {
          unexplained.add("function " + readable);
        }
      }
    }
    write(lineOut, name, line);
    write(functionOut, name, function);
    return new ClassOutcome(
        name,
        line != null,
        function != null,
        before.methods().size(),
        lineProbed.size(),
        functionProbed.size(),
        lineSkips,
        functionSkips,
        failures,
        uncheckable,
        tooLarge,
        tooLargeChanged,
        unexplained);
  }

  private interface Instrumenting {
    byte[] instrument();
  }

  /**
   * Runs one instrumenter on the class, collecting the names its 64 KB warnings give. An exception
   * is a failure: the agent would log it and leave the class unprofiled.
   */
  private byte[] instrumentWith(
      String mode, String name, List<String> failures, List<String> tooLarge, Instrumenting call) {
    List<String> said = warnings.get();
    said.clear();
    try {
      return call.instrument();
    } catch (RuntimeException e) {
      failures.add(mode + " " + name + ": the instrumenter threw " + e);
      return null;
    } finally {
      for (String warning : said) {
        if (warning.contains(TOO_LARGE_WARNING)) {
          // "not profiling com.acme.Big.table(): with probes it would exceed ..."
          tooLarge.add(warning.substring("not profiling ".length(), warning.indexOf("): ") + 1));
        }
      }
      said.clear();
    }
  }

  /** The original class's own verifier complaints, computed only when needed. */
  private final class OriginalProblems {
    private final byte[] original;
    private Set<String> methods;

    OriginalProblems(byte[] original) {
      this.original = original;
    }

    boolean has(String methodKey) {
      if (methods == null) {
        methods = new HashSet<>();
        for (String problem : verifier.verify(read(original, ClassReader.SKIP_DEBUG))) {
          methods.add(problem.substring(0, problem.indexOf(": ")));
        }
      }
      return methods.contains(methodKey);
    }
  }

  private void check(
      String mode,
      ClassNode instrumented,
      OriginalProblems original,
      List<String> failures,
      List<String> uncheckable) {
    if (instrumented == null) {
      return;
    }
    for (String problem : verifier.verify(instrumented)) {
      String method = problem.substring(0, problem.indexOf(": "));
      String where = mode + " " + instrumented.name + "." + problem;
      (original.has(method) ? uncheckable : failures).add(where);
    }
  }

  /**
   * The methods whose code calls the recorder's {@code enter} (clock probes), {@code hitCounts}
   * (counting probes) or {@code hitAt} (a method's only counting probe): those that got probes.
   */
  private static Set<String> probed(ClassNode cls, String recorder) {
    Set<String> probed = new HashSet<>();
    if (cls == null) {
      return probed;
    }
    for (MethodNode m : cls.methods) {
      for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
        if (insn instanceof MethodInsnNode
            && ((MethodInsnNode) insn).owner.equals(recorder)
            && (((MethodInsnNode) insn).name.equals("enter")
                || ((MethodInsnNode) insn).name.equals("hitCounts")
                || ((MethodInsnNode) insn).name.equals("hitAt"))) {
          probed.add(m.name + m.desc);
          break;
        }
      }
    }
    return probed;
  }

  /**
   * Why line mode left {@code m} alone. Every method is selected, so only what the instrumenter
   * cannot or will not profile remains: no code, bridges, no line numbers, the 64 KB limit, and
   * code that only reports into an enclosing method that is not profiled.
   */
  private static Skip lineSkip(OriginalClass cls, OriginalClass.Method m, boolean tooLarge) {
    if ((m.access() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      return Skip.NO_CODE;
    }
    if ((m.access() & Opcodes.ACC_BRIDGE) != 0) {
      return Skip.BRIDGE;
    }
    if (!m.hasLines()) {
      return Skip.NO_LINES;
    }
    if (tooLarge) {
      return Skip.TOO_LARGE;
    }
    if ((m.access() & Opcodes.ACC_SYNTHETIC) != 0) {
      return Skip.GENERATED;
    }
    return cls.enclosedInMethod() ? Skip.NESTED : Skip.UNEXPLAINED;
  }

  /** Why function mode left {@code m} alone: it takes every method with code but bridges. */
  private static Skip functionSkip(OriginalClass cls, OriginalClass.Method m, boolean tooLarge) {
    if ((m.access() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || !m.hasCode()) {
      return Skip.NO_CODE;
    }
    if ((m.access() & Opcodes.ACC_BRIDGE) != 0) {
      return Skip.BRIDGE;
    }
    if ((cls.access() & Opcodes.ACC_ANNOTATION) != 0) {
      return Skip.ANNOTATION;
    }
    return tooLarge ? Skip.TOO_LARGE : Skip.UNEXPLAINED;
  }

  private static MethodNode find(ClassNode cls, String key) {
    for (MethodNode m : cls.methods) {
      if (key.equals(m.name + m.desc)) {
        return m;
      }
    }
    throw new IllegalStateException("the instrumented " + cls.name + " lost " + key);
  }

  /** Whether method {@code key} has the same code, handlers, line numbers and limits in both. */
  private static boolean sameCode(byte[] original, byte[] instrumented, String key) {
    return text(find(read(original, ClassReader.SKIP_FRAMES), key))
        .equals(text(find(read(instrumented, ClassReader.SKIP_FRAMES), key)));
  }

  private static String text(MethodNode m) {
    Textifier textifier = new Textifier();
    TraceMethodVisitor trace = new TraceMethodVisitor(textifier);
    m.instructions.accept(trace);
    m.tryCatchBlocks.forEach(block -> block.accept(trace));
    trace.visitMaxs(m.maxStack, m.maxLocals);
    StringWriter out = new StringWriter();
    textifier.print(new PrintWriter(out));
    return out.toString();
  }

  private static ClassNode read(byte[] classfile, int flags) {
    ClassNode cls = new ClassNode();
    new ClassReader(classfile).accept(cls, flags);
    return cls;
  }

  private static void write(Path root, String name, byte[] classfile) {
    if (classfile == null) {
      return;
    }
    Path file = root.resolve(name + ".class");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, classfile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
