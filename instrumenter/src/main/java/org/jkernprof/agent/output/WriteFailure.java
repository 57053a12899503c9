package org.jkernprof.agent.output;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why the results could not be written, said as the user can act on it: the end of one line such as
 * {@code cannot write profile results to /out/x.lprof: folder /out no longer exists}. The
 * exceptions themselves name the temporary file the write goes through, which the user never asked
 * for, or say nothing but their class.
 */
public final class WriteFailure {
  private WriteFailure() {}

  /** The reason {@code failure} gives for not writing {@code file}. */
  public static String reason(Throwable failure, Path file) {
    Throwable cause =
        failure instanceof UncheckedIOException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return "folder " + folder + " no longer exists";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied in folder " + folder;
    }
    String message =
        cause instanceof FileSystemException
            ? ((FileSystemException) cause).getReason()
            : cause.getMessage();
    if (message == null || message.isEmpty() || !(cause instanceof java.io.IOException)) {
      // Not a failure of the file system: a fault of ours, which its class names best.
      String detail = cause.getMessage();
      return cause.getClass().getSimpleName() + (detail == null ? "" : " (" + detail + ")");
    }
    if (message.equals("File too large")) {
      return message + " (the file size limit, ulimit -f, is reached)";
    }
    return message;
  }
}
