package org.jkernprof.agent.instr;

import java.util.regex.Pattern;

/**
 * One {@code --include}/{@code --exclude} pattern, {@code CLASS} or {@code CLASS#METHOD}, compiled
 * once into a regular expression over JVM internal names. Immutable.
 *
 * <p>{@code CLASS} is a binary name with dots between packages and {@code $} before a nested class
 * ({@code com.acme.Outer$Inner}). {@code *} matches any run of characters within one package
 * segment or name (so {@code com.acme.Outer*} also matches {@code Outer$Inner}), {@code **} any run
 * across packages ({@code com.acme.**}; as a whole segment, {@code com.**.Report}, also none), and
 * {@code ?} one character other than a dot. {@code METHOD} is a name with {@code *} and {@code ?};
 * a constructor is named both {@code <init>} and its class's simple name ({@code Report#Report}).
 * Without {@code METHOD}, or with only {@code *}, every method and constructor matches, as with
 * {@code @Profile} on a class; a static initializer matches only a literal {@code #<clinit>}.
 */
public final class MethodPattern {
  private static final String EXAMPLE = "e.g. com.acme.Report#build*";

  private final String text;
  private final Pattern classRegex;

  /** The internal-name characters every match starts with: a cheap test before the regex. */
  private final String classPrefix;

  /** Null when every method matches. */
  private final Pattern methodRegex;

  private final boolean namesMethod;
  private final boolean staticInitializer;

  private MethodPattern(
      String text,
      Pattern classRegex,
      String classPrefix,
      Pattern methodRegex,
      boolean staticInitializer) {
    this.text = text;
    this.classRegex = classRegex;
    this.classPrefix = classPrefix;
    this.methodRegex = methodRegex;
    this.namesMethod = methodRegex != null || staticInitializer;
    this.staticInitializer = staticInitializer;
  }

  /**
   * Parses a pattern, surrounding blanks ignored.
   *
   * @throws IllegalArgumentException with a one-line message that quotes the pattern and says what
   *     is wrong with it
   */
  public static MethodPattern parse(String pattern) {
    String text = pattern.trim();
    if (text.isEmpty()) {
      throw invalid(text, "it is empty; write CLASS or CLASS#METHOD, " + EXAMPLE);
    }
    int hash = text.indexOf('#');
    String classPart = hash < 0 ? text : text.substring(0, hash);
    String methodPart = hash < 0 ? null : text.substring(hash + 1);
    if (classPart.isEmpty()) {
      throw invalid(text, "no class before '#'; write CLASS#METHOD, " + EXAMPLE);
    }
    checkClassPart(text, classPart);
    if (methodPart != null) {
      checkMethodPart(text, methodPart);
    }
    Pattern classRegex = Pattern.compile(classRegex(classPart));
    String prefix = literalPrefix(classPart).replace('.', '/');
    if (methodPart == null || methodPart.matches("\\*+")) {
      return new MethodPattern(text, classRegex, prefix, null, false);
    }
    if (methodPart.equals("<clinit>")) {
      return new MethodPattern(text, classRegex, prefix, null, true);
    }
    return new MethodPattern(
        text, classRegex, prefix, Pattern.compile(nameRegex(methodPart)), false);
  }

  /** The pattern as written (trimmed). */
  public String text() {
    return text;
  }

  /** Whether the class, by its internal name ({@code com/acme/Report}), matches the class part. */
  public boolean matchesClass(String internalName) {
    return internalName.startsWith(classPrefix) && classRegex.matcher(internalName).matches();
  }

  /** Whether a method of a class that {@link #matchesClass matches} matches the method part. */
  boolean matchesMethod(String internalClassName, String methodName) {
    if (methodName.equals("<clinit>") || staticInitializer) {
      return staticInitializer && methodName.equals("<clinit>");
    }
    if (methodRegex == null) {
      return true;
    }
    if (methodName.equals("<init>")) {
      return methodRegex.matcher("<init>").matches()
          || methodRegex.matcher(simpleName(internalClassName)).matches();
    }
    return methodRegex.matcher(methodName).matches();
  }

  /** Whether both parts match. */
  public boolean matches(String internalClassName, String methodName) {
    return matchesClass(internalClassName) && matchesMethod(internalClassName, methodName);
  }

  /** Whether the pattern has a method part that picks methods by name (not just {@code #*}). */
  public boolean namesMethod() {
    return namesMethod;
  }

  /**
   * Whether every class the pattern can match starts with {@code internalPrefix}: true for {@code
   * java.**} and {@code java/}, false for {@code jav*.**}.
   */
  boolean onlyMatchesBelow(String internalPrefix) {
    return classPrefix.startsWith(internalPrefix);
  }

  @Override
  public String toString() {
    return text;
  }

  private static void checkClassPart(String text, String classPart) {
    for (int i = 0; i < classPart.length(); i++) {
      char c = classPart.charAt(i);
      if (c == '/') {
        throw invalid(text, "write class names with dots (com.acme.Report), not slashes");
      }
      if (c == '(') {
        throw invalid(text, "a class has no parameter list; to select methods write CLASS#METHOD");
      }
      if (c == '#') {
        throw invalid(text, "more than one '#'; write CLASS#METHOD, " + EXAMPLE);
      }
      if (c != '.' && c != '*' && c != '?' && !isNameChar(c)) {
        throw invalid(text, "'" + c + "' cannot be part of a class name");
      }
    }
    for (String segment : classPart.split("\\.", -1)) {
      if (segment.isEmpty()) {
        throw invalid(text, "empty package or class name between dots");
      }
    }
  }

  private static void checkMethodPart(String text, String methodPart) {
    if (methodPart.isEmpty()) {
      throw invalid(text, "no method after '#'; write CLASS#METHOD, " + EXAMPLE);
    }
    if (methodPart.equals("<init>") || methodPart.equals("<clinit>")) {
      return;
    }
    for (int i = 0; i < methodPart.length(); i++) {
      char c = methodPart.charAt(i);
      if (c == '(') {
        throw invalid(
            text, "parameter lists are not supported; CLASS#METHOD selects every overload");
      }
      if (c == '#') {
        throw invalid(text, "more than one '#'; write CLASS#METHOD, " + EXAMPLE);
      }
      if (c != '*' && c != '?' && !isNameChar(c)) {
        throw invalid(text, "'" + c + "' cannot be part of a method name");
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  /** Over internal names: {@code *} stays within a segment, {@code **} crosses them. */
  private static String classRegex(String classPart) {
    StringBuilder regex = new StringBuilder();
    int n = classPart.length();
    for (int i = 0; i < n; i++) {
      char c = classPart.charAt(i);
      boolean doubleStar = c == '*' && i + 1 < n && classPart.charAt(i + 1) == '*';
      if (doubleStar) {
        int end = i;
        while (end < n && classPart.charAt(end) == '*') {
          end++;
        }
        boolean wholeSegment =
            (i == 0 || classPart.charAt(i - 1) == '.') && end < n && classPart.charAt(end) == '.';
        if (wholeSegment) {
          regex.append("(?:.*/)?"); // zero or more whole packages
          i = end; // the dot is part of the group
        } else {
          regex.append(".*");
          i = end - 1;
        }
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '.') {
        regex.append('/');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private static String nameRegex(String methodPart) {
    StringBuilder regex = new StringBuilder();
    for (char c : methodPart.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private static String literalPrefix(String classPart) {
    int end = 0;
    while (end < classPart.length() && "*?".indexOf(classPart.charAt(end)) < 0) {
      end++;
    }
    return classPart.substring(0, end);
  }

  /** {@code com/acme/Outer$Inner} → {@code Inner}: what a constructor is called in source. */
  private static String simpleName(String internalClassName) {
    int start = Math.max(internalClassName.lastIndexOf('/'), internalClassName.lastIndexOf('$'));
    return internalClassName.substring(start + 1);
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("'" + text + "' is not a valid pattern: " + why);
  }
}
