package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: CPU, cores, JDK, and how busy the machine was. */
final class Machine {
  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
  private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

  private Machine() {}

  /** {@code 2 cores, Intel(R) Xeon(R) ..., OpenJDK 64-Bit Server VM 17.0.15+6}. */
  static String describe() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + cpuModel()
        + ", "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version");
  }

  /** The one-minute load average, or -1 where the system does not say. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(LOAD_AVERAGE).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static String loadAverageText() {
    double load = loadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(CPU_INFO);
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: the model is not essential.
    }
    return "unknown CPU (" + System.getProperty("os.arch") + ")";
  }
}
