package org.jkernprof.results;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/** Writes {@link ProfileResults} as a {@code .lprof} file, atomically. */
public final class LprofWriter {
  private LprofWriter() {}

  /**
   * Writes {@code results} to {@code file}: first to a temporary file beside it, then renamed over
   * it, so a reader never sees half a file.
   */
  public static void write(ProfileResults results, Path file) throws IOException {
    byte[] bytes = toBytes(results);
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(bytes);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The complete file contents for {@code results}. */
  public static byte[] toBytes(ProfileResults results) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    DataOutputStream out = new DataOutputStream(buffer);
    try {
      out.write(LprofFormat.MAGIC);
      out.writeShort(LprofFormat.MAJOR_VERSION);
      out.writeShort(LprofFormat.MINOR_VERSION);
      out.writeInt(0);
      out.writeDouble(ProfileResults.TIMER_UNIT_SECONDS);
      RunInfo run = results.run();
      writeString(out, run.command());
      writeString(out, run.jvmVersion());
      out.writeLong(run.startEpochMillis());
      out.writeLong(run.durationNanos());
      out.writeInt(results.methods().size());
      for (MethodProfile m : results.methods()) {
        writeString(out, m.className());
        writeString(out, m.methodName());
        writeString(out, m.descriptor());
        writeString(out, m.sourceFile());
        out.writeLong(m.totalNanos());
        out.writeInt(m.lines().size());
        for (LineStats l : m.lines()) {
          out.writeInt(l.line());
          out.writeLong(l.hits());
          out.writeLong(l.nanos());
        }
      }
      CRC32 crc = new CRC32();
      crc.update(buffer.toByteArray());
      out.writeInt((int) crc.getValue());
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return buffer.toByteArray();
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > LprofFormat.MAX_STRING_BYTES) {
      bytes = truncate(s);
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Only a pathological command line is this long; keep its start rather than fail the write. */
  private static byte[] truncate(String s) {
    String shorter = s.substring(0, Math.min(s.length(), LprofFormat.MAX_STRING_BYTES / 4));
    return shorter.getBytes(StandardCharsets.UTF_8);
  }
}
