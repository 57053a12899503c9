package org.jkernprof.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfReader;

/**
 * Has the JVM's own verifier check classes: a child JVM runs {@link LinkCheck} over lists of
 * classes, each list in a class loader of its own, and this reads back what it said.
 */
final class JvmVerification {
  private JvmVerification() {}

  /**
   * One class loader of the child and the classes to load through it.
   *
   * @param id names the list file, and the results of its classes
   * @param classPath the loader's class path, or {@code boot} for the bootstrap loader
   */
  record Loader(String id, String classPath, Collection<String> classNames) {
    static String classPath(List<Path> entries) {
      List<String> paths = new ArrayList<>();
      entries.forEach(p -> paths.add(p.toString()));
      return String.join(File.pathSeparator, paths);
    }
  }

  /**
   * What the child said: by loader id and class name ({@code guava/com.google.Foo}), its status
   * line; by loader id, what {@code run()} returned; and its standard error.
   */
  record Said(Map<String, String> byClass, Map<String, String> runs, String stderr) {
    /** The counts for {@code classes}, all loaded through loader {@code id}. */
    LinkResult resultFor(String id, Collection<String> classes) {
      int linked = 0;
      List<String> failures = new ArrayList<>();
      List<String> unlinkable = new ArrayList<>();
      for (String name : classes) {
        String line = byClass.get(id + "/" + name);
        if (line == null) {
          failures.add(name + ": not checked (did the child JVM stop early?)");
        } else if (line.startsWith("ok ")) {
          linked++;
        } else if (line.startsWith("fail ")) {
          failures.add(line.substring("fail ".length()));
        } else {
          unlinkable.add(line.substring("unlinkable ".length()));
        }
      }
      return new LinkResult(classes.size(), linked, failures, unlinkable);
    }
  }

  /**
   * Runs the child and waits for it.
   *
   * @param java the {@code java} launcher of the JDK to check with
   * @param jvmOptions options before the main class ({@code -Xverify:all}, the agent, ...)
   * @param initialize whether to initialize each class, not only link it
   * @param runClass a class whose static {@code run()} is called in each loader, or null
   */
  static Said run(
      String name,
      Path workDir,
      Path java,
      List<String> jvmOptions,
      boolean initialize,
      String runClass,
      List<Loader> loaders) {
    try {
      Files.createDirectories(workDir);
      Path results = workDir.resolve(name + ".results");
      Files.deleteIfExists(results);
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.addAll(ChildJvm.SHORT_LIVED);
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-cp",
              BuildPaths.testClasses().toString(),
              LinkCheck.class.getName(),
              results.toString(),
              initialize ? "init" : "link"));
      if (runClass != null) {
        command.addAll(List.of("--run", runClass));
      }
      for (Loader loader : loaders) {
        Path list = workDir.resolve(name + "-" + loader.id() + ".list");
        Files.write(list, loader.classNames().stream().map(n -> n.replace('/', '.')).toList());
        command.add(loader.classPath());
        command.add(list.toString());
      }
      ChildJvm.Ended ended = ChildJvm.run(command, workDir, name);
      if (ended.exitCode() != 0 || !Files.exists(results)) {
        throw new AssertionError(
            "child JVM "
                + name
                + " ended with exit code "
                + ended.exitCode()
                + ":\n"
                + ended.stderr());
      }
      Map<String, String> byClass = new HashMap<>();
      Map<String, String> runs = new HashMap<>();
      String prefix = name + "-";
      for (String line : Files.readAllLines(results)) {
        String[] parts = line.split(" ", 3);
        String id = parts[1].substring(prefix.length(), parts[1].length() - ".list".length());
        if (parts[0].equals("run")) {
          runs.put(id, parts[2]);
        } else {
          String rest = parts[2];
          int colon = rest.indexOf(": ");
          String className = (colon < 0 ? rest : rest.substring(0, colon)).replace('.', '/');
          byClass.put(id + "/" + className, parts[0] + " " + rest);
        }
      }
      return new Said(byClass, runs, ended.stderr());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code -javaagent:...jkernprof-agent.jar=OPTIONS,output=...,quiet}. */
  static String agent(Path workDir, String name, String options) {
    boolean function = options.contains(Mode.FUNCTION.agentOption);
    return "-javaagent:"
        + BuildPaths.agentJar()
        + "="
        + (options.isEmpty() ? "" : options + ",")
        + "output="
        + resultsFile(workDir, name, function ? Mode.FUNCTION : Mode.LINE)
        + ",quiet";
  }

  /** Where the agent of child {@code name} writes its results. */
  static Path resultsFile(Path workDir, String name, Mode mode) {
    return workDir.resolve(name + (mode == Mode.LINE ? ".lprof" : ".prof"));
  }

  /** The lines where the agent of a child said it failed to instrument a class. */
  static List<String> agentErrors(String name, Said said) {
    List<String> errors = new ArrayList<>();
    said.stderr()
        .lines()
        .filter(line -> line.contains("error while instrumenting"))
        .forEach(line -> errors.add(name + ": " + line));
    return errors;
  }

  /** The classes (internal names) some of whose probed code ran, from the child's results. */
  static Set<String> classesThatRanProbes(Path workDir, String name, Mode mode) throws IOException {
    Set<String> classes = new HashSet<>();
    Path results = resultsFile(workDir, name, mode);
    if (mode == Mode.FUNCTION) {
      for (FunctionStats function : ProfReader.read(results).functions()) {
        if (function.calls() > 0) {
          classes.add(function.className().replace('.', '/'));
        }
      }
    } else {
      for (MethodProfile method : LprofReader.read(results).methods()) {
        if (method.lines().stream().anyMatch(line -> line.hits() > 0)) {
          classes.add(method.className().replace('.', '/'));
        }
      }
    }
    return classes;
  }
}
