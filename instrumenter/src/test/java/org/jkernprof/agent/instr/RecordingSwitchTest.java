package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.agent.instr.fixtures.Switching;
import org.jkernprof.agent.rt.LineCounters;
import org.jkernprof.agent.rt.LineRecorder;
import org.jkernprof.agent.rt.RecordingSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.Opcodes;

/**
 * {@link LineRecorder#setRecording}: frames that start while recording is off count nothing, those
 * already running go on counting, and the counts so far are kept.
 */
class RecordingSwitchTest {

  @AfterEach
  void recordAgain() {
    RecordingSwitch.setRecording(true);
    RecordingSwitch.setDumper(null);
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void framesThatStartWhileOffCountNothing(LineTimer timer) throws Exception {
    Method outer = load("x/SwitchOff" + timer, timer);
    RecordingSwitch.setRecording(false);
    assertFalse(RecordingSwitch.isRecording());

    assertEquals(30, outer.invoke(null, (Runnable) () -> {}));

    assertEquals(Map.of(), hitsByMethod("x.SwitchOff" + timer));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void aFrameRunningWhenRecordingStopsCountsToItsEndButItsNewCalleesDoNot(LineTimer timer)
      throws Exception {
    Method outer = load("x/SwitchMidway" + timer, timer);

    assertEquals(30, outer.invoke(null, (Runnable) () -> RecordingSwitch.setRecording(false)));

    // outer: its four lines once each; inner: only the call made before the switch.
    assertEquals(Map.of("outer", 4L, "inner", 1L), hitsByMethod("x.SwitchMidway" + timer));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void framesThatStartAfterRecordingResumesCountAgainAndEarlierCountsAreKept(LineTimer timer)
      throws Exception {
    Method outer = load("x/SwitchBack" + timer, timer);
    outer.invoke(null, (Runnable) () -> {});
    RecordingSwitch.setRecording(false);
    outer.invoke(null, (Runnable) () -> {});
    RecordingSwitch.setRecording(true);
    assertTrue(RecordingSwitch.isRecording());

    outer.invoke(null, (Runnable) () -> {});

    assertEquals(Map.of("outer", 8L, "inner", 4L), hitsByMethod("x.SwitchBack" + timer));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void switchingOffInOneThreadStopsNewFramesInAnother(LineTimer timer) throws Exception {
    Method outer = load("x/SwitchThreads" + timer, timer);
    RecordingSwitch.setRecording(false);
    List<Throwable> failures = new ArrayList<>();
    Thread other =
        new Thread(
            () -> {
              try {
                outer.invoke(null, (Runnable) () -> {});
              } catch (ReflectiveOperationException e) {
                failures.add(e);
              }
            });
    other.start();
    other.join();

    assertEquals(List.of(), failures);
    assertEquals(Map.of(), hitsByMethod("x.SwitchThreads" + timer));
  }

  @Test
  void dumpCallsTheRegisteredDumperWithTheFileName() {
    assertFalse(RecordingSwitch.dump("/nowhere/a.lprof"), "no dumper registered yet");
    List<String> files = new ArrayList<>();
    RecordingSwitch.setDumper(files::add);

    assertTrue(RecordingSwitch.dump("/tmp/b.lprof"));

    assertEquals(List.of("/tmp/b.lprof"), files);
  }

  private Method load(String name, LineTimer timer) throws Exception {
    ClassInstrumenter instrumenter =
        new ClassInstrumenter(new DirectRuntime(timer), new ProfiledUnits(), warning -> {});
    byte[] original =
        ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Switching.class), name, Opcodes.V11);
    byte[] instrumented = instrumenter.instrument(null, name, original);
    return new ClassFiles.DefiningLoader(getClass().getClassLoader())
        .define(name, instrumented)
        .getMethod("outer", Runnable.class);
  }

  /** Hits summed per method of {@code className}, for the methods with any. */
  private static Map<String, Long> hitsByMethod(String className) {
    Object[] s = LineRecorder.snapshot();
    String[][] methods = (String[][]) s[0];
    int[] slotMethod = (int[]) s[1];
    long[] counts = (long[]) s[4];
    Map<String, Long> hits = new TreeMap<>();
    for (int slot = 1; slot < slotMethod.length; slot++) {
      String[] method = methods[slotMethod[slot]];
      if (method[0].equals(className)
          && counts[LineCounters.SLOT_LONGS * slot + LineCounters.HITS] > 0) {
        hits.merge(
            method[1], counts[LineCounters.SLOT_LONGS * slot + LineCounters.HITS], Long::sum);
      }
    }
    return hits;
  }
}
