package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jkernprof.results.ProfReader;

/**
 * The two kinds of profiling: line by line ({@code -l}, {@code .lprof} results) and function level
 * (the default, {@code .prof} results), as kernprof has them.
 */
enum ProfilingMode {
  LINE(".lprof", "line-by-line", Collections.emptyList()),
  FUNCTION(".prof", "function-level", Collections.singletonList("mode=function"));

  /** Enough of a file to see its signature. */
  private static final int SIGNATURE_BYTES = 16;

  private final String resultsExtension;
  private final String adjective;
  private final List<String> agentOptions;

  ProfilingMode(String resultsExtension, String adjective, List<String> agentOptions) {
    this.resultsExtension = resultsExtension;
    this.adjective = adjective;
    this.agentOptions = agentOptions;
  }

  /** What results files of this mode are named with: {@code .lprof} or {@code .prof}. */
  String resultsExtension() {
    return resultsExtension;
  }

  /** {@code line-by-line} or {@code function-level}, for messages. */
  String adjective() {
    return adjective;
  }

  /** The mode that is not this one, for messages. */
  ProfilingMode other() {
    return this == LINE ? FUNCTION : LINE;
  }

  /** The agent options that select this mode; none for line mode, the agent's default. */
  List<String> agentOptions() {
    return agentOptions;
  }

  /**
   * The mode that wrote every one of {@code files}; if they are of both kinds, fails with the
   * command's own one line, {@code mixed} of the first file that differs from the first.
   */
  static ProfilingMode ofSavedFiles(List<Path> files, Function<Path, CliException> mixed) {
    ProfilingMode mode = ofSavedFile(files.get(0));
    for (Path file : files) {
      if (ofSavedFile(file) != mode) {
        throw mixed.apply(file);
      }
    }
    return mode;
  }

  /**
   * The mode that wrote a saved results file, told by its signature, not its name. A file that is
   * not function-level results counts as line-by-line, whose reader then says what is wrong with
   * it.
   */
  static ProfilingMode ofSavedFile(Path file) {
    byte[] head = new byte[SIGNATURE_BYTES];
    int length = 0;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      // Missing or unreadable: the reader reports it.
    }
    return ProfReader.looksLikeProf(Arrays.copyOf(head, length)) ? FUNCTION : LINE;
  }
}
