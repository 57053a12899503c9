package org.jkernprof.agent.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampledLineWeightsTest {
  private static final ProfiledMethods APP =
      new ProfiledMethods() {
        @Override
        public boolean isProfiled(String className, String methodName, String descriptor) {
          return className.equals("app.Main");
        }
      };

  private static SampledFrame app(String method, int line) {
    return new SampledFrame("app.Main", method, "()V", line);
  }

  private static SampledFrame lib(String method, int line) {
    return new SampledFrame("java.lang.Thread", method, "(J)V", line);
  }

  private static StackSample sample(long thread, long weight, SampledFrame... innermostFirst) {
    return new StackSample("t" + thread, thread, weight, Arrays.asList(innermostFirst));
  }

  private static SampledLineWeights count(StackSample... samples) {
    return SampledLineWeights.count(new SampledStacks(1_000_000, Arrays.asList(samples)), APP);
  }

  @Test
  void aLineIncludesItsCalleesAndUnprofiledFrames() {
    SampledLineWeights w =
        count(
            sample(1, 3, lib("sleep", -1), app("helper", 20), app("main", 10)),
            sample(1, 2, app("main", 11)));

    assertEquals(3, w.weight(app("helper", 20).line()));
    assertEquals(3, w.weight(app("main", 10).line()), "the caller's line holds its callee's time");
    assertEquals(2, w.weight(app("main", 11).line()));
    assertEquals(0, w.weight(lib("sleep", -1).line()), "unprofiled methods are not counted");
    assertEquals(3, w.byLine().size());
    assertEquals(5, w.totalWeight());
    assertEquals(5, w.profiledWeight());
  }

  /** A lambda of main() reports into main(): its own line, once, whether main is on the stack. */
  @Test
  void nestedCodeCountsForTheLinesOfTheMethodItReportsInto() {
    ProfiledMethods nested =
        new ProfiledMethods() {
          @Override
          public boolean isProfiled(String className, String methodName, String descriptor) {
            return className.equals("app.Main") && methodName.equals("main");
          }

          @Override
          public SampledLine reportsInto(SampledLine frame) {
            return frame.methodName().equals("lambda$main$0")
                ? new SampledLine("app.Main", "main", "()V", frame.lineNumber())
                : ProfiledMethods.super.reportsInto(frame);
          }
        };
    SampledLineWeights w =
        SampledLineWeights.count(
            new SampledStacks(
                1_000_000,
                Arrays.asList(
                    sample(1, 3, lib("sleep", -1), app("lambda$main$0", 12), app("main", 10)),
                    sample(1, 2, app("lambda$main$0", 12)),
                    sample(1, 1, app("lambda$main$0", 10), app("main", 10)))),
            nested);

    assertEquals(
        5, w.weight(app("main", 12).line()), "the lambda's line, main on the stack or not");
    assertEquals(4, w.weight(app("main", 10).line()), "a lambda on its caller's line counts once");
    assertEquals(0, w.weight(app("lambda$main$0", 12).line()));
    assertEquals(6, w.methodWeight("app.Main", "main", "()V"));
  }

  @Test
  void recursionCountsALineOncePerSample() {
    SampledLineWeights w =
        count(
            sample(
                1,
                4,
                app("fib", 31),
                app("fib", 32),
                app("fib", 32),
                app("fib", 32),
                app("main", 10)));

    assertEquals(4, w.weight(app("fib", 32).line()), "three times on the stack, counted once");
    assertEquals(4, w.weight(app("fib", 31).line()));
    assertEquals(4, w.weight(app("main", 10).line()));
    assertEquals(4, w.totalWeight());
  }

  @Test
  void aMethodCountsOncePerSampleHoweverManyOfItsFramesAreOnTheStack() {
    SampledFrame fib = app("fib", 32);
    SampledLineWeights w =
        count(
            sample(1, 4, app("fib", 31), fib, fib, app("main", 10)), sample(1, 3, app("main", 11)));

    assertEquals(4, w.methodWeight(fib.className(), "fib", fib.descriptor()));
    assertEquals(7, w.methodWeight(fib.className(), "main", app("main", 10).descriptor()));
    assertEquals(0, w.methodWeight(fib.className(), "other", fib.descriptor()));
  }

  @Test
  void methodsAreTellApartByDescriptor() {
    SampledFrame intVersion = new SampledFrame("app.Main", "f", "(I)V", 5);
    SampledFrame longVersion = new SampledFrame("app.Main", "f", "(J)V", 5);
    SampledLineWeights w = count(sample(1, 1, intVersion), sample(1, 2, longVersion));

    assertEquals(1, w.weight(intVersion.line()));
    assertEquals(2, w.weight(longVersion.line()));
  }

  @Test
  void twoThreadsAreCountedApartAndTogether() {
    SampledLineWeights w =
        count(
            sample(1, 5, app("main", 10)),
            sample(2, 7, lib("wait", -1), app("worker", 40)),
            sample(2, 1, app("main", 10)),
            sample(3, 9, lib("park", -1)));

    assertEquals(22, w.totalWeight(), "every sample, profiled or not");
    assertEquals(13, w.profiledWeight(), "the samples with a profiled frame");
    assertEquals(6, w.weight(app("main", 10).line()));
    assertEquals(7, w.weight(app("worker", 40).line()));
    assertEquals(Long.valueOf(5), w.byLine(1).get(app("main", 10).line()));
    assertEquals(Long.valueOf(1), w.byLine(2).get(app("main", 10).line()));
    assertEquals(Long.valueOf(7), w.byLine(2).get(app("worker", 40).line()));
    assertTrue(w.byLine(3).isEmpty());
    assertEquals(5, w.totalWeight(1));
    assertEquals(8, w.totalWeight(2));
    assertEquals(9, w.totalWeight(3));
    assertEquals(Arrays.asList(1L, 2L, 3L), List.copyOf(w.threadIds()));
  }

  @Test
  void noSamplesCountNothing() {
    SampledLineWeights w =
        SampledLineWeights.count(
            new SampledStacks(1_000_000, Collections.<StackSample>emptyList()), APP);

    assertEquals(0, w.totalWeight());
    assertTrue(w.byLine().isEmpty());
  }
}
