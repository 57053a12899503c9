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
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Writes the frame every jkernprof results file shares: signature, version, flags, timer unit and
 * run facts first, the kind's own body next, a CRC-32 of everything before it last. See {@code
 * docs/lprof-format.md}.
 */
final class ResultsFileWriter {
  /** Longest string a reader accepts; real names are far shorter. */
  static final int MAX_STRING_BYTES = 1 << 20;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private final DataOutputStream out = new DataOutputStream(buffer);

  /** A bare body, for a section. */
  private ResultsFileWriter() {}

  /** Starts a file of the kind {@code magic}, version {@code major.minor}, for {@code run}. */
  ResultsFileWriter(byte[] magic, int major, int minor, RunInfo run) {
    try {
      out.write(magic);
      out.writeShort(major);
      out.writeShort(minor);
      out.writeInt(0); // flags: none defined yet
      out.writeDouble(LineResults.TIMER_UNIT_SECONDS);
      string(run.command());
      string(run.jvmVersion());
      out.writeLong(run.startEpochMillis());
      out.writeLong(run.durationNanos());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
  }

  /** The stream for the kind's own body. Writing to memory never fails. */
  DataOutputStream out() {
    return out;
  }

  /** A u32 byte length and that many bytes of UTF-8. */
  void string(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_STRING_BYTES) {
      // Only a pathological command line is this long: keep its start rather than fail.
      bytes =
          s.substring(0, Math.min(s.length(), MAX_STRING_BYTES / 4))
              .getBytes(StandardCharsets.UTF_8);
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** What writes a section's body. */
  interface SectionBody {
    void writeTo(ResultsFileWriter section) throws IOException;
  }

  /**
   * Writes a tagged section: {@code u32 tag, u32 length}, then the body {@code body} writes.
   * Readers skip the sections they do not know, so a format can gain sections in a minor version.
   */
  void section(int tag, SectionBody body) throws IOException {
    ResultsFileWriter section = new ResultsFileWriter();
    body.writeTo(section);
    byte[] bytes = section.buffer.toByteArray();
    out.writeInt(tag);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** The complete file: everything written, then its checksum. */
  byte[] finish() {
    try {
      CRC32 crc = new CRC32();
      crc.update(buffer.toByteArray());
      out.writeInt((int) crc.getValue());
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return buffer.toByteArray();
  }

  /**
   * Writes {@code bytes} to {@code file}: first to a temporary file beside it, then renamed over
   * it, so a reader never sees half a file.
   */
  static void writeAtomically(byte[] bytes, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    // Not Files.createTempFile: its owner-only permissions would pass to the results file.
    Path temp =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try (OutputStream stream =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        stream.write(bytes);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // The write's own failure, if any, is the one to report: let it through.
      }
    }
  }
}
