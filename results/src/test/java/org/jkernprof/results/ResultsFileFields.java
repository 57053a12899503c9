package org.jkernprof.results;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each numeric field of a valid {@code .lprof} or {@code .prof} file sits, found by walking
 * the layout of {@code docs/lprof-format.md}: what the fuzz test aims its mutations at. Test code
 * only; it trusts its input, which a writer made.
 */
final class ResultsFileFields {
  /** What a field holds, which decides the values worth trying in it. */
  enum Kind {
    VERSION,
    /** A byte length: of a string or a section. */
    LENGTH,
    /** An element count. */
    COUNT,
    /** An index into the file's method table. */
    INDEX,
    /** A section's tag. */
    TAG,
    /** Any other number: a line, hits, a time. */
    VALUE
  }

  /** One field: where it starts, how many bytes it has, what it holds. */
  static final class Field {
    final int offset;
    final int width;
    final Kind kind;

    Field(int offset, int width, Kind kind) {
      this.offset = offset;
      this.width = width;
      this.kind = kind;
    }
  }

  private final ByteBuffer in;
  private final List<Field> fields = new ArrayList<>();

  private ResultsFileFields(byte[] bytes) {
    in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
  }

  static List<Field> ofLprof(byte[] bytes) {
    ResultsFileFields walk = new ResultsFileFields(bytes);
    int minor = walk.header();
    int methods = walk.u32(Kind.COUNT);
    for (int m = 0; m < methods; m++) {
      walk.strings(4);
      walk.i64();
      walk.lines();
    }
    while (minor > 0 && walk.in.remaining() > 0) {
      int tag = walk.u32(Kind.TAG);
      int length = walk.u32(Kind.LENGTH);
      if (tag != TestsSection.TAG) {
        walk.in.position(walk.in.position() + length);
        continue;
      }
      int tests = walk.u32(Kind.COUNT);
      for (int t = 0; t < tests; t++) {
        walk.strings(1);
        walk.i64();
        walk.field(1, Kind.VALUE);
        int ran = walk.u32(Kind.COUNT);
        for (int m = 0; m < ran; m++) {
          walk.u32(Kind.INDEX);
          walk.i64();
          walk.lines();
        }
      }
    }
    return walk.fields;
  }

  static List<Field> ofProf(byte[] bytes) {
    ResultsFileFields walk = new ResultsFileFields(bytes);
    int minor = walk.header();
    int functions = walk.u32(Kind.COUNT);
    for (int f = 0; f < functions; f++) {
      walk.strings(4);
      walk.u32(Kind.VALUE);
      for (int i = 0; i < 4; i++) {
        walk.i64();
      }
    }
    int edges = walk.u32(Kind.COUNT);
    for (int e = 0; e < edges; e++) {
      walk.u32(Kind.INDEX);
      walk.u32(Kind.INDEX);
      for (int i = 0; i < 4; i++) {
        walk.i64();
      }
    }
    // Every section of .prof but the stacks (ALOC, NEST, PCST) holds 8-byte numbers only.
    while (minor > 0 && walk.in.remaining() > 0) {
      int tag = walk.u32(Kind.TAG);
      int length = walk.u32(Kind.LENGTH);
      if (tag == StackSection.TAG) {
        walk.stacks();
        continue;
      }
      for (int i = 0; i < length / 8; i++) {
        walk.i64();
      }
    }
    return walk.fields;
  }

  /** Walks signature to run facts; returns the minor version. */
  private int header() {
    in.position(8);
    field(2, Kind.VERSION);
    int minor = Short.toUnsignedInt(in.getShort(in.position()));
    field(2, Kind.VERSION);
    field(4, Kind.VALUE);
    field(8, Kind.VALUE);
    strings(2);
    i64();
    i64();
    return minor;
  }

  /** The runs' samplings, then each stack: samples, nanoseconds, depth, method and line each. */
  private void stacks() {
    int runs = u32(Kind.COUNT);
    for (int r = 0; r < runs; r++) {
      i64();
      i64();
    }
    int stacks = u32(Kind.COUNT);
    for (int s = 0; s < stacks; s++) {
      i64();
      i64();
      int depth = u32(Kind.COUNT);
      for (int f = 0; f < depth; f++) {
        u32(Kind.INDEX);
        u32(Kind.VALUE);
      }
    }
  }

  private void lines() {
    int lines = u32(Kind.COUNT);
    for (int l = 0; l < lines; l++) {
      u32(Kind.VALUE);
      i64();
      i64();
    }
  }

  private void strings(int count) {
    for (int i = 0; i < count; i++) {
      int length = u32(Kind.LENGTH);
      in.position(in.position() + length);
    }
  }

  private void i64() {
    field(8, Kind.VALUE);
  }

  private int u32(Kind kind) {
    int value = in.getInt(in.position());
    field(4, kind);
    return value;
  }

  private void field(int width, Kind kind) {
    fields.add(new Field(in.position(), width, kind));
    in.position(in.position() + width);
  }
}
