package org.jkernprof.agent.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WallClockSamplerTest {
  private static final String PREFIX = "jkernprof: cannot sample on this machine (";

  /**
   * Samples {@link WallClockWorkload} in a child JVM (so that the test JVM never loads
   * async-profiler) and checks each line's share of the main thread's weight in {@code run}: true
   * shares 3/7, 2/7, 2/7 (300, 200, 200 ms). Tolerance ±10 percentage points: measured on a shared
   * 2-core machine the shares are within 1 point; the margin is for a loaded machine, where the
   * spinning line's samples can be delayed or the sleeping line can oversleep.
   */
  @Test
  void sleepingWaitingAndSpinningLinesGetTheirShareOfWallTime() throws Exception {
    Path source = Paths.get("src/test/java/org/jkernprof/agent/sampling/WallClockWorkload.java");
    Map<String, Integer> markers = markers(source);
    List<String> out = runChild(WallClockWorkload.class.getName());

    Map<Integer, Long> lines = new HashMap<>();
    long run = -1;
    String secondLoad = null;
    for (String line : out) {
      String[] w = line.split(" ", 3);
      if (w[0].equals("line")) {
        lines.put(Integer.valueOf(w[1]), Long.valueOf(w[2]));
      } else if (w[0].equals("run")) {
        run = Long.parseLong(w[1]);
      } else if (w[0].equals("second-load")) {
        secondLoad = line.substring("second-load ".length());
      }
    }
    String seen = "child printed " + out;
    // ~700 samples at 1 ms; fewer than half means sampling is broken, not slow.
    assertTrue(run > 350, "samples in run(): " + run + "; " + seen);
    assertShare(3.0 / 7, lines.get(markers.get("sleep")), run, "sleep", seen);
    assertShare(2.0 / 7, lines.get(markers.get("wait")), run, "wait", seen);
    assertShare(2.0 / 7, lines.get(markers.get("spin")), run, "spin", seen);

    assertNotNull(secondLoad, seen);
    assertTrue(secondLoad.startsWith(PREFIX), secondLoad);
    assertTrue(secondLoad.contains("already loaded in this JVM"), secondLoad);
  }

  @Test
  void anInvalidLibraryFailsWithOneLineAndTheJvmGoesOn(@TempDir Path dir) throws IOException {
    Path notALibrary = dir.resolve("libasyncProfiler.so");
    Files.write(notALibrary, "not an ELF file".getBytes(StandardCharsets.UTF_8));

    SamplingUnavailableException e =
        assertThrows(
            SamplingUnavailableException.class, () -> AsyncProfilerLibrary.load(notALibrary));

    assertOneLineReason(e, notALibrary.toString());
    assertEquals(0, e.getStackTrace().length, "a reason, not a stack trace");
  }

  @Test
  void aMissingLibraryFailsWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing/libasyncProfiler.so");

    SamplingUnavailableException e =
        assertThrows(SamplingUnavailableException.class, () -> AsyncProfilerLibrary.load(missing));

    assertOneLineReason(e, missing.toString());
  }

  @Test
  void platformsWithoutALibraryAreKnown() {
    assertEquals("linux-x64", AsyncProfilerLibrary.platform("Linux", "amd64"));
    assertEquals("linux-arm64", AsyncProfilerLibrary.platform("Linux", "aarch64"));
    assertEquals("macos", AsyncProfilerLibrary.platform("Mac OS X", "aarch64"));
    assertNull(AsyncProfilerLibrary.platform("Windows 11", "amd64"));
    assertNull(AsyncProfilerLibrary.platform("Linux", "ppc64le"));
  }

  @Test
  void asyncProfilerIsBundledPrivatelyNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("one.profiler.AsyncProfiler"));
    ClassLoader own = getClass().getClassLoader();
    assertNull(own.getResource("one/profiler/AsyncProfiler.class"));
    assertNotNull(
        own.getResource(AsyncProfilerLibrary.RESOURCES + "one/profiler/AsyncProfiler.classdata"));
    for (String platform : new String[] {"linux-x64", "linux-arm64", "macos"}) {
      assertNotNull(
          own.getResource(AsyncProfilerLibrary.RESOURCES + platform + "/libasyncProfiler.so"),
          platform);
    }
  }

  @Test
  void aBadIntervalIsRefusedBeforeAnythingLoads() {
    assertThrows(IllegalArgumentException.class, () -> WallClockSampler.start(0));
  }

  private static void assertOneLineReason(SamplingUnavailableException e, String path) {
    String message = e.getMessage();
    assertTrue(message.startsWith(PREFIX), message);
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    assertTrue(message.contains(path), message);
  }

  private static void assertShare(
      double expected, Long weight, long run, String what, String seen) {
    assertNotNull(weight, "no samples on the " + what + " line; " + seen);
    double share = (double) weight / run;
    assertTrue(
        Math.abs(share - expected) <= 0.10,
        String.format(
            "%s line: share %.3f of %d samples, expected %.3f ± 0.10; %s",
            what, share, run, expected, seen));
  }

  /** The line number of each {@code // line: NAME} marker. */
  private static Map<String, Integer> markers(Path source) throws IOException {
    Map<String, Integer> markers = new HashMap<>();
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf("// line: ");
      if (at >= 0) {
        markers.put(lines.get(i).substring(at + "// line: ".length()).trim(), i + 1);
      }
    }
    assertEquals(3, markers.size(), "markers in " + source);
    return markers;
  }

  private static List<String> runChild(String mainClass) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), mainClass)
            .redirectErrorStream(true);
    Process p = pb.start();
    List<String> out = new ArrayList<>();
    String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not end");
    for (String line : all.split("\\R")) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    assertEquals(0, p.exitValue(), "child failed: " + all);
    return out;
  }
}
