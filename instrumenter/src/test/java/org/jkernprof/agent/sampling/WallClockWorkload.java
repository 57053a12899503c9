package org.jkernprof.agent.sampling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The child program of {@link WallClockSamplerTest}: samples itself at 1 ms while one line sleeps
 * 300 ms, one waits 200 ms in {@code Object.wait} and one spins 200 ms of CPU, then prints each
 * line of {@link #run} with its weight on the main thread ({@code line N W}), the weight of all
 * main-thread samples inside {@code run} ({@code run W}), and what a second load of async-profiler
 * says ({@code second-load MESSAGE}). The lines are found by their marker comments.
 */
public final class WallClockWorkload {
  static volatile long sink;

  public static void main(String[] args) throws Exception {
    WallClockSampler sampler = WallClockSampler.start(Duration.ofMillis(1));
    run();
    SampledStacks stacks = sampler.stop();
    SampledLineWeights weights =
        SampledLineWeights.count(
            stacks,
            new ProfiledMethods() {
              @Override
              public boolean isProfiled(String className, String methodName, String descriptor) {
                return className.equals(WallClockWorkload.class.getName())
                    && methodName.equals("run");
              }
            });
    long main = Thread.currentThread().getId();
    long run = 0;
    for (StackSample s : stacks.samples()) {
      if (s.threadId() == main) {
        for (SampledFrame f : s.frames()) {
          if (f.methodName().equals("run")
              && f.className().equals(WallClockWorkload.class.getName())) {
            run += s.weight();
            break;
          }
        }
      }
    }
    for (Map.Entry<SampledLine, Long> e : weights.byLine(main).entrySet()) {
      System.out.println("line " + e.getKey().lineNumber() + " " + e.getValue());
    }
    System.out.println("run " + run);
    Path copy = Files.createTempFile("jkernprof-test-", ".so");
    try {
      AsyncProfilerLibrary.load(copy);
      System.out.println("second-load loaded");
    } catch (SamplingUnavailableException e) {
      System.out.println("second-load " + e.getMessage());
    } finally {
      Files.delete(copy);
    }
  }

  static void run() throws InterruptedException {
    Thread.sleep(300); // line: sleep
    Object lock = new Object();
    synchronized (lock) {
      lock.wait(200); // line: wait
    }
    spin(200_000_000L); // line: spin
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    long x = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x += i * (long) i % 7;
      }
    }
    sink = x;
  }
}
