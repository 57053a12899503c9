package org.jkernprof.results;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Reads the frame every jkernprof results file shares (see {@link ResultsFileWriter}) and the
 * primitives of its body. No length read from the file is trusted before it is checked against the
 * bytes that remain; every fault becomes an {@link ResultsFormatException} naming the file.
 */
final class ResultsFileReader {
  /** Largest file accepted, so a corrupt length can never exhaust memory. */
  static final long MAX_FILE_BYTES = 1L << 30;

  private final Path file;
  private final ByteBuffer in;
  private final RunInfo run;
  private final int minorVersion;

  /**
   * Checks the signature, version and checksum of {@code bytes} and reads the run facts.
   *
   * @param kind what the file should be, for messages: {@code .lprof}
   */
  ResultsFileReader(Path file, byte[] bytes, byte[] magic, int major, String kind)
      throws ResultsFormatException {
    this.file = file;
    if (bytes.length < magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
      throw new ResultsFormatException(
          file, "not a jkernprof results file (it does not start with the " + kind + " signature)");
    }
    in = ByteBuffer.wrap(bytes);
    in.position(magic.length);
    try {
      int fileMajor = Short.toUnsignedInt(in.getShort());
      int fileMinor = Short.toUnsignedInt(in.getShort());
      minorVersion = fileMinor;
      if (fileMajor != major) {
        throw new ResultsFormatException(
            file,
            "format version "
                + fileMajor
                + "."
                + fileMinor
                + " is not supported (this jkernprof reads version "
                + major
                + ".x)");
      }
      checkChecksum(bytes);
      in.getInt(); // flags: none defined in version 1.0
      double unit = in.getDouble();
      if (unit != LineResults.TIMER_UNIT_SECONDS) {
        throw new ResultsFormatException(file, "unexpected timer unit " + unit);
      }
      run = new RunInfo(string(), string(), in.getLong(), nonNegative("duration"));
    } catch (BufferUnderflowException e) {
      throw truncated();
    }
  }

  /** The whole file, after checking it exists, is a file and is not absurdly large. */
  static byte[] readAll(Path file, String kind) throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ResultsFormatException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ResultsFormatException(file, "is a directory, not a " + kind + " file");
    }
    if (size > MAX_FILE_BYTES) {
      throw new ResultsFormatException(file, "too large for a jkernprof results file");
    }
    return Files.readAllBytes(file);
  }

  RunInfo run() {
    return run;
  }

  /** The file's minor format version: from 1 on, tagged sections may follow the body. */
  int minorVersion() {
    return minorVersion;
  }

  /** What reads a tagged section's body, positioned at its start. */
  interface SectionReader {
    void read(int tag) throws ResultsFormatException;
  }

  /**
   * Reads the tagged sections ({@code u32 tag, u32 length, body}) up to the checksum. {@code known}
   * reads the tags it knows and ignores the rest; whatever it leaves of a section is skipped, so
   * sections written by a newer minor version are passed over, and a section it reads must end
   * where its length says.
   */
  void sections(Predicate<Integer> known, SectionReader sectionReader)
      throws ResultsFormatException {
    while (in.remaining() > 4) {
      int tag = in.getInt();
      int length = in.getInt();
      if (length < 0 || length > in.remaining() - 4) {
        throw corrupt("a section length exceeds the file's size");
      }
      int end = in.position() + length;
      if (known.test(tag)) {
        int limit = in.limit();
        in.limit(end);
        try {
          sectionReader.read(tag);
          if (in.position() != end) {
            throw corrupt("a section holds unexpected bytes");
          }
        } catch (BufferUnderflowException e) {
          throw corrupt("a section ends before what it holds");
        } finally {
          in.limit(limit);
        }
      }
      in.position(end);
    }
  }

  /** The body's bytes, positioned after the run facts. */
  ByteBuffer in() {
    return in;
  }

  ResultsFormatException truncated() {
    return new ResultsFormatException(file, "file is truncated");
  }

  ResultsFormatException corrupt(String detail) {
    return new ResultsFormatException(file, "file is corrupt (" + detail + ")");
  }

  /** Fails unless only the checksum is left. */
  void expectEnd(String after) throws ResultsFormatException {
    if (in.remaining() != 4) {
      throw new ResultsFormatException(file, "unexpected bytes after the last " + after);
    }
  }

  /** Reads an element count and checks that that many elements of at least {@code minBytes} fit. */
  int count(int minBytes) throws ResultsFormatException {
    int count = in.getInt();
    if (count < 0 || (long) count * minBytes > in.remaining()) {
      throw corrupt("a count exceeds the file's size");
    }
    return count;
  }

  long nonNegative(String what) throws ResultsFormatException {
    long value = in.getLong();
    if (value < 0) {
      throw corrupt("negative " + what);
    }
    return value;
  }

  String string() throws ResultsFormatException {
    int length = in.getInt();
    if (length < 0 || length > ResultsFileWriter.MAX_STRING_BYTES || length > in.remaining()) {
      throw corrupt("a string length is out of range");
    }
    ByteBuffer slice = in.slice();
    slice.limit(length);
    in.position(in.position() + length);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(slice)
          .toString();
    } catch (CharacterCodingException e) {
      throw corrupt("a string is not valid UTF-8");
    }
  }

  private void checkChecksum(byte[] bytes) throws ResultsFormatException {
    if (bytes.length < in.position() + 8) {
      throw truncated();
    }
    int bodyLength = bytes.length - 4;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bodyLength);
    int stored = ByteBuffer.wrap(bytes, bodyLength, 4).getInt();
    if ((int) crc.getValue() != stored) {
      throw new ResultsFormatException(
          file, "file is truncated or corrupt (checksum mismatch); was it written completely?");
    }
  }
}
