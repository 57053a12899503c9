package org.jkernprof.report;

/**
 * Turns binary class names into the names a reader expects: {@code com.acme.Outer$Inner} shows as
 * {@code Outer.Inner}. Anonymous and local classes keep their {@code $1} / {@code $1Local} suffix,
 * since there is no source name to show for them.
 */
final class ClassDisplayNames {
  private ClassDisplayNames() {}

  /** The class name without its package, nested classes joined by dots. */
  static String simpleName(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    StringBuilder sb = new StringBuilder(simple.length());
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      boolean nestedMember =
          c == '$'
              && i > 0
              && i + 1 < simple.length()
              && Character.isJavaIdentifierStart(simple.charAt(i + 1))
              && simple.charAt(i + 1) != '$';
      sb.append(nestedMember ? '.' : c);
    }
    return sb.toString();
  }

  /**
   * The name a constructor is written with: the innermost class's own name ({@code Inner} for
   * {@code Outer$Inner}, {@code Local} for the local class {@code Outer$1Local}).
   */
  static String constructorName(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    String innermost = simple.substring(simple.lastIndexOf('$') + 1);
    int start = 0;
    while (start < innermost.length() && Character.isDigit(innermost.charAt(start))) {
      start++;
    }
    return start < innermost.length() ? innermost.substring(start) : simple;
  }
}
