package org.jkernprof.cli;

import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * What a profiling run takes from the machine: the folder it runs in, the {@code java} command, the
 * agent jar, and where the program's standard streams go. Tests replace the parts they observe.
 */
final class RunEnvironment {
  private final Path workingDirectory;
  private final Path javaExecutable;
  private final AgentJar agentJar;
  private final Redirect stdin;
  private final Redirect stdout;
  private final Redirect stderr;
  private final InputStream keyboard;

  /** An environment whose commands read no input of their own. */
  RunEnvironment(
      Path workingDirectory,
      Path javaExecutable,
      AgentJar agentJar,
      Redirect stdin,
      Redirect stdout,
      Redirect stderr) {
    this(
        workingDirectory,
        javaExecutable,
        agentJar,
        stdin,
        stdout,
        stderr,
        InputStream.nullInputStream());
  }

  /** As above; {@code keyboard} is what {@code attach} reads Enter from. */
  RunEnvironment(
      Path workingDirectory,
      Path javaExecutable,
      AgentJar agentJar,
      Redirect stdin,
      Redirect stdout,
      Redirect stderr,
      InputStream keyboard) {
    this.keyboard = keyboard;
    this.workingDirectory = workingDirectory.toAbsolutePath();
    this.javaExecutable = javaExecutable;
    this.agentJar = agentJar;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * The real environment: the current folder, the {@code java} of the JVM running the CLI, and the
   * CLI's own standard streams handed to the program untouched.
   */
  static RunEnvironment current() {
    return new RunEnvironment(
        Paths.get("").toAbsolutePath(),
        currentJava(),
        AgentJar.ofThisCli(),
        Redirect.INHERIT,
        Redirect.INHERIT,
        Redirect.INHERIT,
        System.in);
  }

  /** The {@code java} launcher of the running JVM, so the program runs on the same Java. */
  static Path currentJava() {
    Path bin = Paths.get(System.getProperty("java.home"), "bin");
    Path windows = bin.resolve("java.exe");
    return Files.isRegularFile(windows) ? windows : bin.resolve("java");
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  Path javaExecutable() {
    return javaExecutable;
  }

  AgentJar agentJar() {
    return agentJar;
  }

  /** The command's own standard input, where {@code attach} waits for Enter. */
  InputStream keyboard() {
    return keyboard;
  }

  /** A process builder for {@code command} in the working folder, with the standard streams. */
  ProcessBuilder processBuilder(List<String> command) {
    return new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectInput(stdin)
        .redirectOutput(stdout)
        .redirectError(stderr);
  }
}
