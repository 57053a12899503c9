package org.jkernprof.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parameter types of a JVM method descriptor as simple Java names: {@code
 * (ILjava/util/List;[Ljava/lang/String;)V} gives {@code int, List, String[]}. Used when the source
 * is missing, so the types are the erased ones the class file knows.
 */
final class DescriptorParameters {
  private DescriptorParameters() {}

  /** The parameter types, or an empty list if the descriptor is malformed. */
  static List<String> simpleNames(String descriptor) {
    List<String> names = new ArrayList<>();
    if (!descriptor.startsWith("(")) {
      return names;
    }
    int i = 1;
    while (i < descriptor.length() && descriptor.charAt(i) != ')') {
      int dimensions = 0;
      while (i < descriptor.length() && descriptor.charAt(i) == '[') {
        dimensions++;
        i++;
      }
      if (i >= descriptor.length()) {
        return new ArrayList<>();
      }
      String base;
      char tag = descriptor.charAt(i);
      if (tag == 'L') {
        int end = descriptor.indexOf(';', i);
        if (end < 0) {
          return new ArrayList<>();
        }
        base = ClassDisplayNames.simpleName(descriptor.substring(i + 1, end).replace('/', '.'));
        i = end + 1;
      } else {
        base = primitive(tag);
        if (base == null) {
          return new ArrayList<>();
        }
        i++;
      }
      names.add(base + "[]".repeat(dimensions));
    }
    return names;
  }

  private static String primitive(char tag) {
    switch (tag) {
      case 'Z':
        return "boolean";
      case 'B':
        return "byte";
      case 'C':
        return "char";
      case 'S':
        return "short";
      case 'I':
        return "int";
      case 'J':
        return "long";
      case 'F':
        return "float";
      case 'D':
        return "double";
      default:
        return null;
    }
  }
}
