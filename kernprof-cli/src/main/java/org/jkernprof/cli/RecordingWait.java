package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code jkernprof attach} records: for {@code --duration} seconds, else until Enter; in
 * both cases no longer than until Ctrl-C or SIGTERM ({@link #interrupt}, from a shutdown hook) or
 * the program's end. Standard input at its end (a command run in the background) is no Enter.
 */
final class RecordingWait {
  /** Why the recording ends. */
  enum End {
    DURATION,
    ENTER,
    SIGNAL,
    PROGRAM_ENDED
  }

  private static final long POLL_MILLIS = 100;

  private final CountDownLatch enterOrSignal = new CountDownLatch(1);
  private volatile End end;

  /** Interrupts the wait: the command is being stopped by a signal. */
  void interrupt() {
    end = End.SIGNAL;
    enterOrSignal.countDown();
  }

  /**
   * Waits until the recording should end.
   *
   * @param seconds the duration; empty to wait for Enter on {@code keyboard}
   * @param program the profiled JVM's process
   */
  End await(OptionalDouble seconds, InputStream keyboard, ProcessHandle program) {
    if (!seconds.isPresent()) {
      readEnter(keyboard);
    }
    long deadline =
        seconds.isPresent()
            ? System.nanoTime() + (long) (seconds.getAsDouble() * 1e9)
            : Long.MAX_VALUE;
    boolean interrupted = false;
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return End.DURATION;
        }
        try {
          if (enterOrSignal.await(
              Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS)) {
            return end;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
        if (!program.isAlive()) {
          return End.PROGRAM_ENDED;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Reads standard input on a daemon thread until a line ends; at its end, waits on. */
  private void readEnter(InputStream keyboard) {
    Thread reader =
        new Thread(
            () -> {
              try {
                int c;
                while ((c = keyboard.read()) >= 0) {
                  if (c == '\n') {
                    if (end == null) {
                      end = End.ENTER;
                    }
                    enterOrSignal.countDown();
                    return;
                  }
                }
              } catch (IOException e) {
                // Unreadable input: only a signal or the duration ends the recording.
              }
            },
            "jkernprof-enter");
    reader.setDaemon(true);
    reader.start();
  }
}
