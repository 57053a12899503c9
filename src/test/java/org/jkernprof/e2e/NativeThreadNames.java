package org.jkernprof.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names the threads of a running process have for the operating system (Linux's {@code
 * /proc/PID/task/TID/comm}, 15 characters at most): every thread, those of native code too, such as
 * async-profiler's sampler, which no Java thread dump lists.
 */
final class NativeThreadNames {
  private NativeThreadNames() {}

  /** The names of the threads of process {@code pid} now, one per thread. */
  static List<String> of(long pid) {
    List<String> names = new ArrayList<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          names.add(Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
          // The thread ended while the list was read.
        }
      }
    } catch (IOException e) {
      throw new AssertionError("cannot list the threads of process " + pid + ": " + e, e);
    }
    return names;
  }
}
