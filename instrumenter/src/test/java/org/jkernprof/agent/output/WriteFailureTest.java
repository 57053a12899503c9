package org.jkernprof.agent.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reason given for results that could not be written: what the user can act on. */
class WriteFailureTest {
  @TempDir Path dir;

  @Test
  void aFolderThatWasRemovedIsNamed() {
    Path file = dir.resolve("gone").resolve("x.lprof");
    String reason = WriteFailure.reason(new java.nio.file.NoSuchFileException(file + ".tmp"), file);
    assertEquals("folder " + dir.resolve("gone") + " no longer exists", reason);
  }

  @Test
  void aFolderWithoutPermissionIsNamedNotTheTemporaryFile() {
    Path file = dir.resolve("x.lprof");
    String reason =
        WriteFailure.reason(
            new AccessDeniedException(dir.resolve(".x.lprof.1.tmp").toString()), file);
    assertEquals("permission denied in folder " + dir, reason);
  }

  @Test
  void theFileSystemsReasonIsGivenWithoutTheTemporaryFile() {
    Path file = dir.resolve("x.lprof");
    FileSystemException e =
        new FileSystemException(
            dir.resolve(".x.lprof.1.tmp").toString(), null, "Operation not permitted");
    assertEquals("Operation not permitted", WriteFailure.reason(e, file));
  }

  @Test
  void aFullDiskAndAFileSizeLimitAreSaidPlainly() {
    Path file = dir.resolve("x.lprof");
    assertEquals(
        "No space left on device",
        WriteFailure.reason(
            new UncheckedIOException(new IOException("No space left on device")), file));
    assertEquals(
        "File too large (the file size limit, ulimit -f, is reached)",
        WriteFailure.reason(new IOException("File too large"), file));
  }

  @Test
  void aFaultThatIsNotTheFileSystemsIsNamedByItsClass() {
    Path file = dir.resolve("x.lprof");
    assertEquals(
        "IllegalStateException (no results)",
        WriteFailure.reason(new IllegalStateException("no results"), file));
    assertEquals("IOException", WriteFailure.reason(new IOException(), file));
  }
}
