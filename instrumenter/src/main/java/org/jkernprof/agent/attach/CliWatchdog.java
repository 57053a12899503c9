package org.jkernprof.agent.attach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * A daemon thread that checks every {@link #PERIOD_MILLIS} ms that the attach command is still
 * there, and runs {@code whenGone} once if it is not (killed, say, by {@code kill -9}), so that a
 * session never outlives the command that started it.
 */
public final class CliWatchdog {
  static final long PERIOD_MILLIS = 500;

  private final ProcessHandle cli;
  private final Runnable whenGone;
  private final Thread thread;
  private volatile boolean stopped;

  private CliWatchdog(ProcessHandle cli, Runnable whenGone) {
    this.cli = cli;
    this.whenGone = whenGone;
    this.thread = new Thread(this::watch, "jkernprof-attach-watchdog");
    thread.setDaemon(true);
  }

  /**
   * Starts watching process {@code cliPid}; empty, having run nothing, if it is already gone. The
   * handle is taken now: it knows the process's start time, so a later process given the same id
   * does not pass for it.
   */
  public static Optional<CliWatchdog> start(long cliPid, Runnable whenGone) {
    Optional<ProcessHandle> cli = ProcessHandle.of(cliPid);
    if (!cli.isPresent() || !cli.get().isAlive()) {
      return Optional.empty();
    }
    CliWatchdog watchdog = new CliWatchdog(cli.get(), whenGone);
    watchdog.thread.start();
    return Optional.of(watchdog);
  }

  /** Stops watching; {@code whenGone} does not run after this returns, unless it already runs. */
  public void stop() {
    stopped = true;
    if (Thread.currentThread() != thread) {
      thread.interrupt();
    }
  }

  /**
   * Whether the command ended: a killed process whose parent has not yet reaped it (a zombie) still
   * counts as alive for {@link ProcessHandle}, but will never answer again.
   */
  private boolean isGone() {
    if (!cli.isAlive()) {
      return true;
    }
    Path stat = Paths.get("/proc", Long.toString(cli.pid()), "stat");
    try {
      String line = new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII);
      // "PID (COMMAND) STATE ...": the command may hold blanks and parentheses.
      int end = line.lastIndexOf(')');
      return end >= 0 && line.length() > end + 2 && line.charAt(end + 2) == 'Z';
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void watch() {
    while (!stopped) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (!stopped && isGone()) {
        whenGone.run();
        return;
      }
    }
  }
}
