package org.jkernprof.agent.instr;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.objectweb.asm.tree.AnnotationNode;

/** Recognizes {@code @org.jkernprof.Profile}, in parsed annotations and cheaply in raw bytes. */
final class ProfileAnnotation {
  static final String DESCRIPTOR = "Lorg/jkernprof/Profile;";

  private static final byte[] DESCRIPTOR_BYTES = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);

  private ProfileAnnotation() {}

  /**
   * Whether the class file's constant pool can mention {@code @Profile}. A class that does not
   * contain the descriptor's bytes has no such annotation, so most classes are passed over after
   * one scan, without being parsed.
   */
  static boolean mayBeAnnotated(byte[] classfile) {
    return contains(classfile, DESCRIPTOR_BYTES);
  }

  static boolean isPresent(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
    return isIn(visible) || isIn(invisible);
  }

  private static boolean isIn(List<AnnotationNode> annotations) {
    if (annotations != null) {
      for (AnnotationNode a : annotations) {
        if (DESCRIPTOR.equals(a.desc)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code needle} occurs in {@code haystack}. */
  static boolean contains(byte[] haystack, byte[] needle) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
