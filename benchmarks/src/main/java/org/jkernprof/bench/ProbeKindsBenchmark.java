package org.jkernprof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.LineTimer;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.agent.instr.ProfiledUnits;
import org.jkernprof.agent.rt.LineRecorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The same loop ({@link ProbeTarget#loop}) with no probes, with the clock probes and with the
 * counting probes of {@code --timer=sampled}, in one JVM: what each probe kind adds per line event.
 * The copies are instrumented here, against the runtime classes as the agent jar holds them (on the
 * class path of a JVM started with the agent), and called through constant method handles, which
 * the JIT inlines as it would a direct call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProbeKindsBenchmark {
  private static final String TARGET = "org.jkernprof.bench.ProbeTarget";

  private static final MethodHandle NONE = loop(null);
  private static final MethodHandle CLOCK = loop(LineTimer.CLOCK);
  private static final MethodHandle COUNTING = loop(LineTimer.SAMPLED);

  private int seed = 17;

  @Benchmark
  public int noProbes() throws Throwable {
    return (int) NONE.invokeExact(seed);
  }

  @Benchmark
  public int clockProbes() throws Throwable {
    return (int) CLOCK.invokeExact(seed);
  }

  @Benchmark
  public int countingProbes() throws Throwable {
    return (int) COUNTING.invokeExact(seed);
  }

  /**
   * Runs the counting-probe copy in a loop, for a look at what the JIT makes of it: {@code java -cp
   * instrumenter/target/jkernprof-agent.jar:benchmarks/target/benchmarks.jar
   * -XX:+UnlockDiagnosticVMOptions -XX:+PrintCompilation -XX:+PrintInlining
   * org.jkernprof.bench.ProbeKindsBenchmark [calls [counting|clock|none]]}; see
   * docs/counting-probes.md.
   */
  public static void main(String[] args) throws Throwable {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    String kind = args.length > 1 ? args[1] : "counting";
    MethodHandle loop = kind.equals("clock") ? CLOCK : kind.equals("none") ? NONE : COUNTING;
    int x = 17;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      x = (int) loop.invokeExact(x);
    }
    long nanos = System.nanoTime() - start;
    System.out.printf(
        "%s: %d calls, %.2f ns per call (%d line events each), result %d%n",
        kind, calls, (double) nanos / calls, Lines.LINE_EVENTS, x);
  }

  /** {@code loop} of a copy of the target in a loader of its own, with probes of {@code timer}. */
  private static MethodHandle loop(LineTimer timer) {
    byte[] original = bytesOf(TARGET);
    byte[] classfile = original;
    if (timer != null) {
      ClassInstrumenter instrumenter =
          new ClassInstrumenter(
              new Runtime(timer),
              new ProfiledUnits(),
              MethodSelection.parse(List.of(TARGET + "#loop"), List.of()),
              warning -> {
                throw new IllegalStateException(warning);
              });
      classfile =
          instrumenter.instrument(
              ProbeKindsBenchmark.class.getClassLoader(), TARGET.replace('.', '/'), original);
    }
    try {
      Class<?> copy = new CopyLoader(TARGET, classfile).loadClass(TARGET);
      return MethodHandles.privateLookupIn(copy, MethodHandles.lookup())
          .findStatic(copy, "loop", MethodType.methodType(int.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytesOf(String className) {
    String resource = "/" + className.replace('.', '/') + ".class";
    try (InputStream in = ProbeKindsBenchmark.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Defines one class itself, from the bytes given, and delegates everything else. */
  private static final class CopyLoader extends ClassLoader {
    private final String name;
    private final byte[] classfile;

    CopyLoader(String name, byte[] classfile) {
      super(ProbeKindsBenchmark.class.getClassLoader());
      this.name = name;
      this.classfile = classfile;
    }

    @Override
    protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
      if (!className.equals(name)) {
        return super.loadClass(className, resolve);
      }
      synchronized (getClassLoadingLock(className)) {
        Class<?> c = findLoadedClass(className);
        return c != null ? c : defineClass(className, classfile, 0, classfile.length);
      }
    }
  }

  /** The runtime classes as the agent jar holds them, not the agent's injected copies. */
  private static final class Runtime implements ProbeRuntime {
    private final LineTimer timer;

    Runtime(LineTimer timer) {
      this.timer = timer;
    }

    @Override
    public LineTimer lineTimer() {
      return timer;
    }

    @Override
    public String recorderClass() {
      return "org/jkernprof/agent/rt/LineRecorder";
    }

    @Override
    public String countersClass() {
      return "org/jkernprof/agent/rt/LineCounters";
    }

    @Override
    public int registerMethod(
        String className, String methodName, String descriptor, String sourceFile) {
      return LineRecorder.registerMethod(className, methodName, descriptor, sourceFile);
    }

    @Override
    public int registerLine(int methodId, int line, boolean nested) {
      return LineRecorder.registerLine(methodId, line, nested);
    }

    @Override
    public int registerHitTable(int[] slots) {
      return LineRecorder.registerHitTable(slots);
    }
  }
}
