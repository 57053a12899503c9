package org.jkernprof.e2e;

import java.util.Arrays;
import java.util.List;

/** What one child JVM did: its exit code and everything it printed. Immutable. */
final class JvmResult {
  final int exitCode;
  final String stdout;
  final String stderr;

  JvmResult(int exitCode, String stdout, String stderr) {
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  List<String> stderrLines() {
    return lines(stderr);
  }

  List<String> stdoutLines() {
    return lines(stdout);
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
  }

  /** Everything, for assertion messages. */
  String describe() {
    return "exit code " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
  }
}
