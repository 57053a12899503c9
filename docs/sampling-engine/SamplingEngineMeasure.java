import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import jdk.jfr.Recording;
import jdk.jfr.consumer.*;
import org.jkernprof.agent.sampling.*;

/** The measurements of docs/sampling-engine.md. Usage: java -cp jkernprof-agent.jar:. SamplingEngineMeasure lines-ap|lines-jfr|rates|cost N|start */
public class SamplingEngineMeasure {
  static volatile long sink;
  static void spin(long nanos) { long end = System.nanoTime() + nanos; long x = 0; while (System.nanoTime() < end) { for (int i = 0; i < 1000; i++) x += i * (long) i % 7; } sink = x; }
  static void work() throws Exception {
    Thread.sleep(500);                                   // line 13: sleep 500 ms
    Object lock = new Object(); synchronized (lock) { lock.wait(300); } // line 14: wait 300 ms
    spin(300_000_000L);                                  // line 15: spin 300 ms
  }
  static Map<Integer,Long> linesOf(String cls, String method, long thread, SampledStacks s) {
    Map<Integer,Long> m = new TreeMap<>();
    for (StackSample x : s.samples()) if (x.threadId() == thread) for (SampledFrame f : x.frames()) if (f.className().equals(cls) && f.methodName().equals(method)) { m.merge(f.lineNumber(), x.weight(), Long::sum); break; }
    return m;
  }
  public static void main(String[] a) throws Exception {
    long main = Thread.currentThread().getId();
    switch (a[0]) {
      case "lines-ap": {
        WallClockSampler w = WallClockSampler.start(Duration.ofMillis(1)); work(); SampledStacks s = w.stop();
        System.out.println("async-profiler wall 1ms, main thread in work(), line=weight: " + linesOf("SamplingEngineMeasure", "work", main, s));
        break; }
      case "lines-jfr": {
        Recording r = new Recording();
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        r.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(1));
        r.start(); work(); r.stop(); Path p = Files.createTempFile("m", ".jfr"); r.dump(p);
        Map<String,Long> m = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(p)) {
          RecordedThread t = e.hasField("sampledThread") ? e.getThread("sampledThread") : e.getThread();
          if (t == null || t.getJavaThreadId() != main || e.getStackTrace() == null) continue;
          for (RecordedFrame f : e.getStackTrace().getFrames()) if (f.getMethod().getName().equals("work") && f.getMethod().getType().getName().equals("SamplingEngineMeasure")) { m.merge(e.getEventType().getName() + ":" + f.getLineNumber(), 1L, Long::sum); break; }
        }
        System.out.println("JFR 1ms, main thread in work(), event:line=samples: " + m); Files.delete(p);
        break; }
      case "rates": {
        for (int ms : new int[] {1, 5, 10}) {
          Thread sleeper = new Thread(() -> { try { Thread.sleep(2000); } catch (InterruptedException e) {} }, "sleeper");
          WallClockSampler w = WallClockSampler.start(Duration.ofMillis(ms));
          long t0 = System.nanoTime(); sleeper.start(); spin(2_000_000_000L); sleeper.join(); double secs = (System.nanoTime() - t0) / 1e9;
          SampledStacks s = w.stop();
          long run = 0, sleep = 0, events = 0;
          for (StackSample x : s.samples()) { if (x.threadId() == main) run += x.weight(); if (x.threadId() == sleeper.getId()) { sleep += x.weight(); events++; } }
          System.out.printf("interval %2d ms: running thread %.0f samples/s (ideal %d), sleeping thread %.0f samples/s weighted in %d events, %.1f s%n", ms, run / secs, 1000 / ms, sleep / secs, events, secs);
        }
        break; }
      case "start": {
        long t0 = System.nanoTime(); WallClockSampler w = WallClockSampler.start(Duration.ofMillis(1)); long t1 = System.nanoTime();
        SampledStacks s = w.stop(); long t2 = System.nanoTime();
        System.out.printf("first start %.1f ms, stop and read %.1f ms (%d events)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, s.samples().size());
        break; }
      case "cost": {
        int idle = Integer.parseInt(a[1]);
        for (int i = 0; i < idle; i++) { Thread t = new Thread(() -> { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) {} }); t.setDaemon(true); t.start(); }
        loop(); loop(); // warm-up
        for (int ms : new int[] {1, 10}) {
          double off1 = loop(); WallClockSampler w = WallClockSampler.start(Duration.ofMillis(ms)); double on = loop(); SampledStacks s = w.stop(); double off2 = loop();
          double off = (off1 + off2) / 2;
          System.out.printf("%d idle threads, interval %2d ms: loop %.0f ms without, %.0f ms with sampling, ratio %.3f (%d events, weight %d)%n", idle, ms, off, on, on / off, s.samples().size(), s.totalWeight());
        }
        break; }
    }
  }
  static double loop() { long t0 = System.nanoTime(); long x = 0; for (long i = 0; i < 1_500_000_000L; i++) { x += (i ^ (i >>> 3)) % 11; } sink = x; return (System.nanoTime() - t0) / 1e6; }
}
