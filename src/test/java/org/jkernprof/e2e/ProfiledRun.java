package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;

/**
 * A target run twice in child JVMs, once plain and once under the agent with {@code quiet}, both
 * with {@code -Xverify:all}, and what each run left behind.
 */
final class ProfiledRun {
  /** The prefix of every line the agent itself prints. */
  static final String AGENT_PREFIX = "jkernprof: ";

  final Target target;
  final JvmResult plain;
  final JvmResult profiled;
  final Path lprof;

  private ProfiledRun(Target target, JvmResult plain, JvmResult profiled, Path lprof) {
    this.target = target;
    this.plain = plain;
    this.profiled = profiled;
    this.lprof = lprof;
  }

  /** Runs {@code target} both ways; {@code name} is the folder of this run below the runs dir. */
  static ProfiledRun of(Target target, String name) {
    return of(target, name, List.of());
  }

  /** The same, with more agent options ({@code include=PATTERN}...) after {@code quiet}. */
  static ProfiledRun of(Target target, String name, List<String> moreAgentOptions) {
    Path dir = BuildPaths.runsDir().resolve(name);
    Path lprof = dir.resolve("x.lprof");
    deleteIfExists(lprof);
    JvmResult plain = ChildJvm.run(target.command(List.of("-Xverify:all")), dir, "plain");
    List<String> options = new ArrayList<>(List.of("output=" + lprof, "quiet"));
    options.addAll(moreAgentOptions);
    JvmResult profiled =
        ChildJvm.run(
            target.command(List.of("-Xverify:all", agentOption(options.toArray(new String[0])))),
            dir,
            "profiled");
    return new ProfiledRun(target, plain, profiled, lprof);
  }

  /** {@code -javaagent:AGENT=OPTION,OPTION...} for the packaged agent. */
  static String agentOption(String... options) {
    String agent = "-javaagent:" + BuildPaths.agentJar();
    return options.length == 0 ? agent : agent + "=" + String.join(",", options);
  }

  /** The lines the agent printed on standard error, in order. */
  List<String> agentLines() {
    List<String> lines = new ArrayList<>();
    for (String line : profiled.stderrLines()) {
      if (line.startsWith(AGENT_PREFIX)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The profiled run's standard error without the agent's lines: the program's own output. */
  String profiledStderrWithoutAgentLines() {
    List<String> kept = new ArrayList<>();
    for (String line : profiled.stderrLines()) {
      if (!line.startsWith(AGENT_PREFIX)) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }

  /** The plain run's standard error, with line ends as {@link #profiledStderrWithoutAgentLines}. */
  String plainStderr() {
    return String.join("\n", plain.stderrLines());
  }

  /** The results the profiled run wrote. */
  LineResults results() {
    if (!Files.isRegularFile(lprof)) {
      throw new AssertionError(
          "the profiled run wrote no results file " + lprof + "\n" + profiled.describe());
    }
    try {
      return LprofReader.read(lprof);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + lprof, e);
    }
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
