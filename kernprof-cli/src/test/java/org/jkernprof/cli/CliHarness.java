package org.jkernprof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs the jkernprof command line in this JVM as a user would type it, in a chosen working folder,
 * and captures what it prints. The profiled program still runs in a real child JVM; its standard
 * streams go to files instead of being inherited, so that the tests can read them.
 */
final class CliHarness {
  private final Path workingDirectory;
  private final AgentJar agent;
  private final String stdin;

  private CliHarness(Path workingDirectory, AgentJar agent, String stdin) {
    this.workingDirectory = workingDirectory;
    this.agent = agent;
    this.stdin = stdin;
  }

  /** Runs in {@code workingDirectory} with the real agent and an empty standard input. */
  static CliHarness in(Path workingDirectory) {
    return new CliHarness(workingDirectory, AgentJar.at(TestAgent.path()), "");
  }

  CliHarness withAgent(AgentJar otherAgent) {
    return new CliHarness(workingDirectory, otherAgent, stdin);
  }

  CliHarness withStdin(String text) {
    return new CliHarness(workingDirectory, agent, text);
  }

  Result run(String... args) throws IOException {
    Path streams = Files.createTempDirectory("jkernprof-streams");
    Path in = Files.write(streams.resolve("stdin"), stdin.getBytes(StandardCharsets.UTF_8));
    Path out = streams.resolve("stdout");
    Path err = streams.resolve("stderr");
    try {
      RunEnvironment environment =
          new RunEnvironment(
              workingDirectory,
              RunEnvironment.currentJava(),
              agent,
              Redirect.from(in.toFile()),
              Redirect.to(out.toFile()),
              Redirect.to(err.toFile()));
      CommandLine cli = Main.commandLine(environment);
      StringWriter cliOut = new StringWriter();
      StringWriter cliErr = new StringWriter();
      cli.setOut(new PrintWriter(cliOut));
      cli.setErr(new PrintWriter(cliErr));
      int exitCode = cli.execute(args);
      return new Result(
          exitCode, cliOut.toString(), cliErr.toString(), readIfAny(out), readIfAny(err));
    } finally {
      for (Path file : new Path[] {in, out, err, streams}) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static String readIfAny(Path file) throws IOException {
    return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
  }

  /** Lines joined as {@code println} ends them. */
  static String lines(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(System.lineSeparator());
    }
    return text.toString();
  }

  /** What one command printed, and what the program it ran printed. */
  static final class Result {
    final int exitCode;
    final String out;
    final String err;
    final String programOut;
    final String programErr;

    Result(int exitCode, String out, String err, String programOut, String programErr) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
      this.programOut = programOut;
      this.programErr = programErr;
    }

    @Override
    public String toString() {
      return "exit code "
          + exitCode
          + "\n--- out:\n"
          + out
          + "--- err:\n"
          + err
          + "--- program out:\n"
          + programOut
          + "--- program err:\n"
          + programErr;
    }
  }
}
