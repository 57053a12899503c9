package org.jkernprof.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shipped run configuration of the demo as its IDE stores it, variables not yet resolved.
 *
 * @param file the file it was read from
 * @param module the IDE's name for the project or module whose class path it runs with
 * @param programArguments the program's arguments, one string as the IDE's field holds them
 * @param vmArguments the JVM's options, one string as the IDE's field holds them
 * @param workingDirectory the folder the program starts in, with the IDE's variables
 */
record IdeRunConfiguration(
    Ide ide,
    Path file,
    String name,
    String module,
    String mainClass,
    String programArguments,
    String vmArguments,
    String workingDirectory) {

  /** A variable an IDE did not get resolved: {@code $NAME$} (IntelliJ) or {@code ${name}}. */
  private static final Pattern UNRESOLVED = Pattern.compile("\\$\\{[^}]*}|\\$[A-Z_]+\\$");

  /** The IDEs, each with the variables its configurations use for the demo's folders. */
  enum Ide {
    INTELLIJ,
    VSCODE,
    ECLIPSE;

    /**
     * Each variable and its value when {@code repoRoot} is open in IntelliJ, {@code demoDir} is the
     * folder open in VS Code, and {@code demoDir} is the project {@code module} in Eclipse.
     */
    Map<String, Path> variables(Path repoRoot, Path demoDir, String module) {
      Map<String, Path> values = new LinkedHashMap<>();
      switch (this) {
        case INTELLIJ:
          values.put("$PROJECT_DIR$", repoRoot);
          values.put("$MODULE_WORKING_DIR$", demoDir);
          values.put("$MODULE_DIR$", demoDir);
          break;
        case VSCODE:
          values.put("${workspaceFolder}", demoDir);
          break;
        case ECLIPSE:
          values.put("${project_loc:" + module + "}", demoDir);
          values.put("${project_loc:/" + module + "}", demoDir);
          values.put("${workspace_loc:/" + module + "}", demoDir);
          values.put("${workspace_loc:" + module + "}", demoDir);
          break;
      }
      return values;
    }
  }

  /** The scenario the demo runs: its first argument, {@code classic} when there is none. */
  String scenario() {
    List<String> args = words(programArguments);
    return args.isEmpty() ? "classic" : args.get(0);
  }

  /** The command line the IDE would run, with this checkout's folders for its variables. */
  ResolvedCommand resolve(Path repoRoot, Path demoDir) {
    Map<String, Path> variables = ide.variables(repoRoot, demoDir, module);
    return new ResolvedCommand(
        words(substitute(vmArguments, variables)),
        mainClass,
        words(substitute(programArguments, variables)),
        Path.of(substitute(workingDirectory, variables)).normalize());
  }

  private String substitute(String text, Map<String, Path> variables) {
    String resolved = text;
    for (Map.Entry<String, Path> variable : variables.entrySet()) {
      resolved = resolved.replace(variable.getKey(), variable.getValue().toString());
    }
    Matcher unresolved = UNRESOLVED.matcher(resolved);
    if (unresolved.find()) {
      throw new AssertionError(
          file + " (" + name + "): " + ide + " variable " + unresolved.group() + " in " + text);
    }
    return resolved;
  }

  /**
   * The words of an IDE's arguments field: separated by blanks, double quotes keep blanks inside a
   * word, as the three IDEs split them.
   */
  static List<String> words(String field) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : field.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new AssertionError("unbalanced double quote in: " + field);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** What the IDE runs: {@code java VM_ARGUMENTS -cp CLASSPATH MAIN ARGUMENTS} in a folder. */
  record ResolvedCommand(
      List<String> vmArguments, String mainClass, List<String> arguments, Path workingDirectory) {
    ResolvedCommand {
      vmArguments = List.copyOf(vmArguments);
      arguments = List.copyOf(arguments);
    }
  }
}
