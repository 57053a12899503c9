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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads {@code .lprof} files written by {@link LprofWriter}. Truncated, corrupt or foreign files
 * fail with an {@link LprofFormatException} that says what is wrong; no length read from the file
 * is trusted before it is checked against the bytes that remain.
 */
public final class LprofReader {
  private LprofReader() {}

  /** Reads and validates {@code file}. */
  public static ProfileResults read(Path file) throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new LprofFormatException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new LprofFormatException(file, "is a directory, not a .lprof file");
    }
    if (size > LprofFormat.MAX_FILE_BYTES) {
      throw new LprofFormatException(file, "too large for a jkernprof results file");
    }
    return parse(file, Files.readAllBytes(file));
  }

  /** Parses the complete contents of a results file; {@code file} is only used in messages. */
  public static ProfileResults parse(Path file, byte[] bytes) throws LprofFormatException {
    byte[] magic = LprofFormat.MAGIC;
    if (bytes.length < magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
      throw new LprofFormatException(
          file, "not a jkernprof results file (it does not start with the .lprof signature)");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(magic.length);
    try {
      int major = Short.toUnsignedInt(in.getShort());
      int minor = Short.toUnsignedInt(in.getShort());
      if (major != LprofFormat.MAJOR_VERSION) {
        throw new LprofFormatException(
            file,
            "format version "
                + major
                + "."
                + minor
                + " is not supported (this jkernprof reads version "
                + LprofFormat.MAJOR_VERSION
                + ".x)");
      }
      checkChecksum(file, bytes);
      in.getInt(); // flags: none defined in version 1.0
      double unit = in.getDouble();
      if (unit != ProfileResults.TIMER_UNIT_SECONDS) {
        throw new LprofFormatException(file, "unexpected timer unit " + unit);
      }
      RunInfo run =
          new RunInfo(
              readString(file, in),
              readString(file, in),
              in.getLong(),
              nonNegative(file, in, "duration"));
      int methodCount = readCount(file, in, 4 * 4 + 8 + 4);
      List<MethodProfile> methods = new ArrayList<>(methodCount);
      for (int i = 0; i < methodCount; i++) {
        methods.add(readMethod(file, in));
      }
      if (in.remaining() != 4) {
        throw new LprofFormatException(file, "unexpected bytes after the last method");
      }
      return new ProfileResults(run, methods);
    } catch (BufferUnderflowException e) {
      throw new LprofFormatException(file, "file is truncated");
    } catch (IllegalArgumentException e) {
      throw new LprofFormatException(file, "file is corrupt (" + e.getMessage() + ")");
    }
  }

  private static void checkChecksum(Path file, byte[] bytes) throws LprofFormatException {
    if (bytes.length < LprofFormat.MAGIC.length + 8) {
      throw new LprofFormatException(file, "file is truncated");
    }
    int bodyLength = bytes.length - 4;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bodyLength);
    int stored = ByteBuffer.wrap(bytes, bodyLength, 4).getInt();
    if ((int) crc.getValue() != stored) {
      throw new LprofFormatException(
          file, "file is truncated or corrupt (checksum mismatch); was it written completely?");
    }
  }

  private static MethodProfile readMethod(Path file, ByteBuffer in) throws LprofFormatException {
    String className = readString(file, in);
    String methodName = readString(file, in);
    String descriptor = readString(file, in);
    String sourceFile = readString(file, in);
    long totalNanos = nonNegative(file, in, "total time");
    int lineCount = readCount(file, in, 4 + 8 + 8);
    List<LineStats> lines = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      int line = in.getInt();
      long hits = in.getLong();
      long nanos = in.getLong();
      lines.add(new LineStats(line, hits, nanos));
    }
    return new MethodProfile(className, methodName, descriptor, sourceFile, totalNanos, lines);
  }

  /** Reads an element count and checks that that many elements of at least {@code minBytes} fit. */
  private static int readCount(Path file, ByteBuffer in, int minBytes) throws LprofFormatException {
    int count = in.getInt();
    if (count < 0 || (long) count * minBytes > in.remaining()) {
      throw new LprofFormatException(file, "file is corrupt (a count exceeds the file's size)");
    }
    return count;
  }

  private static long nonNegative(Path file, ByteBuffer in, String what)
      throws LprofFormatException {
    long value = in.getLong();
    if (value < 0) {
      throw new LprofFormatException(file, "file is corrupt (negative " + what + ")");
    }
    return value;
  }

  private static String readString(Path file, ByteBuffer in) throws LprofFormatException {
    int length = in.getInt();
    if (length < 0 || length > LprofFormat.MAX_STRING_BYTES || length > in.remaining()) {
      throw new LprofFormatException(file, "file is corrupt (a string length is out of range)");
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
      throw new LprofFormatException(file, "file is corrupt (a string is not valid UTF-8)");
    }
  }
}
