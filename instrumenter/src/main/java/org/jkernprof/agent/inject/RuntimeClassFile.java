package org.jkernprof.agent.inject;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One class file of the recorder runtime, read just far enough to name the class and its supertypes
 * and to move it to another package. Every class name a class file holds is a UTF-8 entry of its
 * constant pool, so renaming is a rewrite of those entries and the rest is copied as it is. Without
 * ASM: defining the runtime at start-up then loads none of it and costs well under a millisecond.
 */
public final class RuntimeClassFile {
  private static final int MAGIC = 0xCAFEBABE;

  private final byte[] bytes;

  /** Per constant pool index, where its entry starts (at its tag); 0 for unusable indices. */
  private final int[] entryOffsets;

  /** Where the constant pool ends and {@code access_flags} starts. */
  private final int poolEnd;

  public RuntimeClassFile(byte[] bytes) {
    this.bytes = bytes;
    if (bytes.length < 10 || readInt(0) != MAGIC) {
      throw new IllegalArgumentException("not a class file");
    }
    int count = readShort(8);
    entryOffsets = new int[count];
    int at = 10;
    for (int index = 1; index < count; index++) {
      entryOffsets[index] = at;
      int tag = bytes[at] & 0xFF;
      switch (tag) {
        case 1: // Utf8: u2 length, bytes
          at += 3 + readShort(at + 1);
          break;
        case 3: // Integer
        case 4: // Float
        case 9: // Fieldref
        case 10: // Methodref
        case 11: // InterfaceMethodref
        case 12: // NameAndType
        case 17: // Dynamic
        case 18: // InvokeDynamic
          at += 5;
          break;
        case 5: // Long
        case 6: // Double: takes two indices
          at += 9;
          index++;
          break;
        case 7: // Class
        case 8: // String
        case 16: // MethodType
        case 19: // Module
        case 20: // Package
          at += 3;
          break;
        case 15: // MethodHandle
          at += 4;
          break;
        default:
          throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + at);
      }
    }
    poolEnd = at;
  }

  /** The internal name of the class: {@code org/jkernprof/agent/rt/LineRecorder}. */
  public String name() {
    return classNameAt(readShort(poolEnd + 2));
  }

  /** The internal names of its superclass (none for {@code Object}) and interfaces. */
  public List<String> supertypes() {
    List<String> names = new ArrayList<>();
    int superIndex = readShort(poolEnd + 4);
    if (superIndex != 0) {
      names.add(classNameAt(superIndex));
    }
    int interfaces = readShort(poolEnd + 6);
    for (int i = 0; i < interfaces; i++) {
      names.add(classNameAt(readShort(poolEnd + 8 + 2 * i)));
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * The classes under {@code packagePrefix} (an internal-name prefix such as {@code
   * org/jkernprof/agent/rt/}) that the class names anywhere: in its class constants, descriptors
   * and signatures, which its UTF-8 constants hold. Itself included.
   */
  public Set<String> namedClasses(String packagePrefix) {
    byte[] prefix = packagePrefix.getBytes(StandardCharsets.US_ASCII);
    Set<String> names = new TreeSet<>();
    for (int index = 1; index < entryOffsets.length; index++) {
      int at = entryOffsets[index];
      if (at == 0 || bytes[at] != 1) {
        continue;
      }
      int end = at + 3 + readShort(at + 1);
      int found = indexOf(prefix, at + 3, end);
      while (found >= 0) {
        int nameEnd = found + prefix.length;
        while (nameEnd < end && !isNameEnd(bytes[nameEnd])) {
          nameEnd++;
        }
        names.add(new String(bytes, found, nameEnd - found, StandardCharsets.UTF_8));
        found = indexOf(prefix, nameEnd, end);
      }
    }
    return names;
  }

  /** Where an internal name ends inside a descriptor or signature. */
  private static boolean isNameEnd(byte b) {
    return b == ';' || b == '<' || b == '>' || b == '.' || b == '(' || b == ')' || b == '[';
  }

  /**
   * The class file with every occurrence of {@code fromPrefix} in its UTF-8 constants (class names,
   * descriptors, signatures) replaced by {@code toPrefix}: both internal-name prefixes such as
   * {@code org/jkernprof/agent/rt/}. Only ASCII prefixes, which read the same in the class file's
   * modified UTF-8. String constants that hold the prefix change too; the runtime has none.
   */
  public byte[] renamed(String fromPrefix, String toPrefix) {
    byte[] from = fromPrefix.getBytes(StandardCharsets.US_ASCII);
    byte[] to = toPrefix.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
    int copied = 0;
    for (int index = 1; index < entryOffsets.length; index++) {
      int at = entryOffsets[index];
      if (at == 0 || bytes[at] != 1) {
        continue;
      }
      int length = readShort(at + 1);
      int start = at + 3;
      if (indexOf(from, start, start + length) < 0) {
        continue;
      }
      out.write(bytes, copied, at - copied);
      byte[] value =
          equalsAt(start, length, "L" + fromPrefix + "Stable;")
              ? JDK_STABLE.getBytes(StandardCharsets.US_ASCII)
              : replaceAll(start, start + length, from, to);
      if (value.length > 0xFFFF) {
        throw new IllegalArgumentException("renamed constant too long");
      }
      out.write(1);
      out.write(value.length >>> 8);
      out.write(value.length & 0xFF);
      out.write(value, 0, value.length);
      copied = start + length;
    }
    out.write(bytes, copied, bytes.length - copied);
    return out.toByteArray();
  }

  /**
   * What the runtime's own {@code Stable} annotation becomes: the JDK's, which the JIT honours in
   * classes of {@code java.base}.
   */
  private static final String JDK_STABLE = "Ljdk/internal/vm/annotation/Stable;";

  private boolean equalsAt(int start, int length, String text) {
    byte[] t = text.getBytes(StandardCharsets.US_ASCII);
    if (t.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[start + i] != t[i]) {
        return false;
      }
    }
    return true;
  }

  private String classNameAt(int classIndex) {
    int classEntry = entryOffsets[classIndex];
    if (classEntry == 0 || bytes[classEntry] != 7) {
      throw new IllegalArgumentException("constant " + classIndex + " is not a class");
    }
    int utf8 = entryOffsets[readShort(classEntry + 1)];
    // Class names of the runtime are ASCII, where modified UTF-8 is plain UTF-8.
    return new String(bytes, utf8 + 3, readShort(utf8 + 1), StandardCharsets.UTF_8);
  }

  private byte[] replaceAll(int start, int end, byte[] from, byte[] to) {
    ByteArrayOutputStream value = new ByteArrayOutputStream(end - start + 16);
    int at = start;
    int found = indexOf(from, at, end);
    while (found >= 0) {
      value.write(bytes, at, found - at);
      value.write(to, 0, to.length);
      at = found + from.length;
      found = indexOf(from, at, end);
    }
    value.write(bytes, at, end - at);
    return value.toByteArray();
  }

  private int indexOf(byte[] pattern, int start, int end) {
    outer:
    for (int i = start; i <= end - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private int readShort(int at) {
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }

  private int readInt(int at) {
    return (readShort(at) << 16) | readShort(at + 2);
  }
}
