package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jkernprof.agent.instr.fixtures.Base;
import org.jkernprof.agent.instr.fixtures.Fixture;
import org.jkernprof.agent.instr.fixtures.NewAcrossBranches;
import org.jkernprof.agent.rt.LineCounters;
import org.jkernprof.agent.rt.LineRecorder;
import org.jkernprof.testsupport.ExpectedHits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.Opcodes;

class ClassInstrumenterTest {
  private static final Path FIXTURE_SOURCE =
      Path.of("src/test/java/org/jkernprof/agent/instr/fixtures/Fixture.java");

  private final List<String> warnings = new ArrayList<>();
  private final ClassInstrumenter instrumenter = instrumenter(LineTimer.CLOCK);

  private ClassInstrumenter instrumenter(LineTimer timer) {
    return new ClassInstrumenter(new DirectRuntime(timer), new ProfiledUnits(), warnings::add);
  }

  /** Every class file version below, with clock probes and with counting probes. */
  static Stream<Arguments> timersAndVersions(int... majors) {
    return Stream.of(LineTimer.values())
        .flatMap(timer -> IntStream.of(majors).mapToObj(major -> Arguments.of(timer, major)));
  }

  static Stream<Arguments> everyVersion() {
    return timersAndVersions(49, 50, 51, 52, 53, 55, 59, 61, 65, 69);
  }

  static Stream<Arguments> runnableVersions() {
    return timersAndVersions(49, 50, 51, 52, 55, 61);
  }

  @Test
  void leavesClassesWithoutProfileUnchanged() throws Exception {
    byte[] base = ClassFiles.bytesOf(Base.class);
    assertNull(instrumenter.instrument(getClass().getClassLoader(), "x/Base", base));
    assertTrue(warnings.isEmpty());
  }

  @Test
  void refusesToInstrumentAClassTwice() throws Exception {
    byte[] once = instrumenter.instrument(null, "x/Twice", renamed("x/Twice", Opcodes.V11));
    assertNotNull(once);
    assertNull(instrumenter.instrument(null, "x/Twice", once));
  }

  /** Java 5 (49, no stack map frames) up to Java 25 (69). */
  @ParameterizedTest(name = "{0} probes, class file version {1}")
  @MethodSource("everyVersion")
  void instrumentedClassesPassTheVerifierForEveryClassFileVersion(LineTimer timer, int major)
      throws Exception {
    String name = "x/FixtureV" + major + timer;
    byte[] instrumented = instrumenter(timer).instrument(null, name, renamed(name, major));
    assertNotNull(instrumented);
    assertEquals("", ClassFiles.verify(instrumented, getClass().getClassLoader()));
  }

  /** The classes this JVM can load also run, with the exact hits written in the fixture. */
  @ParameterizedTest(name = "{0} probes, class file version {1}")
  @MethodSource("runnableVersions")
  void instrumentedClassesRunUnchangedAndCountEveryLine(LineTimer timer, int major)
      throws Exception {
    String name = "x/FixtureRun" + major + timer;
    byte[] instrumented = instrumenter(timer).instrument(null, name, renamed(name, major));
    ClassFiles.DefiningLoader loader = new ClassFiles.DefiningLoader(getClass().getClassLoader());
    Method run = loader.define(name, instrumented).getMethod("run");

    assertEquals(Fixture.run(), run.invoke(null));
    Map<Integer, Long> actual = hitsByLine(name.replace('/', '.'));
    Map<Integer, Long> expected = ExpectedHits.byLine(FIXTURE_SOURCE);
    for (Map.Entry<Integer, Long> line : expected.entrySet()) {
      assertEquals(
          line.getValue(),
          actual.getOrDefault(line.getKey(), 0L),
          "hits of line " + line.getKey() + " (all: " + actual + ")");
    }
    assertFalse(expected.isEmpty());
    assertEquals(List.of(), warnings);
  }

  @Test
  void closesAConstructorFrameWhenSuperArgumentsThrow() throws Exception {
    String name = "x/FixtureCtor";
    byte[] instrumented = instrumenter.instrument(null, name, renamed(name, Opcodes.V17));
    Class<?> type =
        new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
    type.getMethod("run").invoke(null);

    int superLine = lineOf("this(failSlowly(reason));");
    long nanos = nanosByLine("x.FixtureCtor").get(superLine);
    assertTrue(nanos >= 5_000_000L, "the 5 ms pause before the throw is kept, got " + nanos);
  }

  @Test
  void aSnapshotCreditsALineStillRunningWithItsTimeSoFar() throws Exception {
    String name = "x/FixtureInFlight";
    byte[] instrumented = instrumenter.instrument(null, name, renamed(name, Opcodes.V17));
    Method waitFor =
        new ClassFiles.DefiningLoader(getClass().getClassLoader())
            .define(name, instrumented)
            .getMethod("waitFor", CountDownLatch.class, CountDownLatch.class);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread waiter =
        new Thread(
            () -> {
              try {
                waitFor.invoke(null, started, release);
              } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
              }
            });
    waiter.start();
    started.await();
    // Once the waiter is blocked, its await line has started: 30 ms from then are all its.
    while (waiter.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    Thread.sleep(30);

    int awaitLine = lineOf("release.await(); // the line a snapshot finds running");
    long whileRunning = nanosByLine("x.FixtureInFlight").get(awaitLine);
    release.countDown();
    waiter.join();
    long afterwards = nanosByLine("x.FixtureInFlight").get(awaitLine);

    assertTrue(whileRunning >= 30_000_000L, "time so far is counted, got " + whileRunning);
    assertTrue(afterwards >= whileRunning, afterwards + " < " + whileRunning);
    assertEquals(1L, hitsByLine("x.FixtureInFlight").get(awaitLine));
  }

  /** Found by the corpus tests: the JVM rejected such classes with a StackMapTable format error. */
  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void aProbeInFrontOfNewKeepsTheFramesThatNameTheUninitializedObjectValid(LineTimer timer)
      throws Exception {
    String name = "x/NewAcrossBranches" + timer;
    byte[] original =
        ClassFiles.renamedWithVersion(
            ClassFiles.bytesOf(NewAcrossBranches.class), name, Opcodes.V17);
    byte[] instrumented = instrumenter(timer).instrument(null, name, original);
    assertEquals("", ClassFiles.verify(instrumented, getClass().getClassLoader()));
    Method run =
        new ClassFiles.DefiningLoader(getClass().getClassLoader())
            .define(name, instrumented)
            .getMethod("run");

    assertEquals(NewAcrossBranches.run(), run.invoke(null));
    Map<Integer, Long> expected =
        ExpectedHits.byLine(FIXTURE_SOURCE.resolveSibling("NewAcrossBranches.java"));
    Map<Integer, Long> actual = hitsByLine("x.NewAcrossBranches" + timer);
    expected.forEach(
        (line, hits) -> assertEquals(hits, actual.getOrDefault(line, 0L), "hits of line " + line));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void instrumentsJava5SubroutinesAndCountsTheirLines(LineTimer timer) throws Exception {
    String name = "x/Subroutine" + timer;
    byte[] instrumented =
        instrumenter(timer).instrument(null, name, GeneratedClasses.java5WithSubroutine(name));
    Method method =
        new ClassFiles.DefiningLoader(getClass().getClassLoader())
            .define(name, instrumented)
            .getMethod("withSubroutine", int.class);

    assertEquals(8, method.invoke(null, 7));
    assertEquals(Map.of(10, 1L, 11, 1L, 12, 1L, 20, 1L), hitsByLine("x.Subroutine" + timer));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void leavesAMethodThatProbesWouldMakeTooLargeAsItWasAndSaysSo(LineTimer timer) throws Exception {
    String name = "x/Huge" + timer;
    byte[] original = GeneratedClasses.withHugeMethod(name, 8000);
    byte[] instrumented = instrumenter(timer).instrument(null, name, original);

    assertNotNull(instrumented, "the small method is still profiled");
    assertEquals(
        List.of(
            "not profiling x.Huge"
                + timer
                + ".huge(int): with probes it would exceed the JVM's 64 KB code limit"),
        warnings);
    Class<?> type =
        new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
    assertEquals(8001, type.getMethod("huge", int.class).invoke(null, 1));
    assertEquals(42, type.getMethod("small").invoke(null));
    assertEquals(Map.of(5, 1L), hitsByLine("x.Huge" + timer));
  }

  private static byte[] renamed(String name, int major) throws Exception {
    return ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Fixture.class), name, major);
  }

  private static int lineOf(String text) throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(FIXTURE_SOURCE);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + FIXTURE_SOURCE);
  }

  static Map<Integer, Long> nanosByLine(String className) {
    return countsByLine(className, LineCounters.NANOS);
  }

  /** Line hits of every profiled method of {@code className}, from the live recorder. */
  static Map<Integer, Long> hitsByLine(String className) {
    return countsByLine(className, LineCounters.HITS);
  }

  /**
   * One of the counts of {@code LineCounters} ({@code which}: {@code HITS}, {@code NANOS}...) per
   * line of {@code className}'s methods, from the live recorder.
   */
  static Map<Integer, Long> countsByLine(String className, int which) {
    Object[] s = LineRecorder.snapshot();
    String[][] methods = (String[][]) s[0];
    int[] slotMethod = (int[]) s[1];
    int[] slotLine = (int[]) s[2];
    long[] counts = (long[]) s[4];
    Map<Integer, Long> byLine = new TreeMap<>();
    for (int slot = 1; slot < slotMethod.length; slot++) {
      if (methods[slotMethod[slot]][0].equals(className)) {
        byLine.merge(slotLine[slot], counts[LineCounters.SLOT_LONGS * slot + which], Long::sum);
      }
    }
    return byLine;
  }
}
