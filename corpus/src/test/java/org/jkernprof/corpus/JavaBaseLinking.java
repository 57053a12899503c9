package org.jkernprof.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Has the JVM verify the instrumented java.base: a child JVM gets the instrumented classes through
 * {@code --patch-module java.base=...} and links each in the bootstrap loader under {@code
 * -Xverify:all}, with the agent running so the runtime its probes call exists.
 *
 * <p>Probes call a runtime the agent defines only once it starts, so classes the JVM loads before
 * that, or that the agent and the check use, must keep their original code: a first child run with
 * nothing patched lists every class it loads, and those are left out.
 */
final class JavaBaseLinking {
  private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

  private JavaBaseLinking() {}

  /** The verifier's word on the patched classes, and how many were left out. */
  record Linked(LinkResult result, int leftOut) {}

  /**
   * Links the java.base classes {@code mode} rewrote, read from {@code mode.out(workDir)}, with the
   * agent in that mode, as their probes expect.
   */
  static Linked link(Mode mode, CorpusTally javaBase, Path workDir) {
    String name = "java.base-" + mode.id;
    Path instrumented = mode.out(workDir).resolve(javaBase.id);
    List<String> changed = mode.changed(javaBase);
    try {
      Path empty = Files.createDirectories(workDir.resolve(name + "-nothing-patched"));
      Path loadedLog = workDir.resolve(name + "-loaded.log");
      Files.deleteIfExists(loadedLog);
      String profileTheCheck = mode.agentOptions("include=" + LinkCheck.class.getName());
      JvmVerification.run(
          name + "-baseline",
          workDir,
          BuildPaths.runningJava(),
          List.of(
              "--patch-module",
              "java.base=" + empty,
              "-Xverify:all",
              "-Xlog:class+load=info:file=" + loadedLog,
              JvmVerification.agent(workDir, name + "-baseline", profileTheCheck)),
          false,
          null,
          // Linking one class loads what reflection needs, as the real run will.
          List.of(new JvmVerification.Loader("boot", "boot", List.of("java/lang/Object"))));
      Set<String> loaded = loadedClasses(loadedLog);

      Path patch = Files.createDirectories(workDir.resolve(name + "-patch"));
      List<String> patched = new ArrayList<>();
      for (String className : changed) {
        if (!loaded.contains(className)) {
          Path target = patch.resolve(className + ".class");
          Files.createDirectories(target.getParent());
          Files.copy(instrumented.resolve(className + ".class"), target);
          patched.add(className);
        }
      }
      JvmVerification.Said said =
          JvmVerification.run(
              name,
              workDir,
              BuildPaths.runningJava(),
              List.of(
                  "--patch-module",
                  "java.base=" + patch,
                  "-Xverify:all",
                  JvmVerification.agent(workDir, name, profileTheCheck)),
              false,
              null,
              List.of(new JvmVerification.Loader("boot", "boot", patched)));
      return new Linked(said.resultFor("boot", patched), changed.size() - patched.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> loadedClasses(Path log) throws IOException {
    Set<String> loaded = new HashSet<>();
    for (String line : Files.readAllLines(log)) {
      Matcher m = LOADED.matcher(line);
      if (m.find()) {
        loaded.add(m.group(1).replace('.', '/'));
      }
    }
    if (loaded.size() < 100) {
      throw new IllegalStateException("the class loading log " + log + " lists too few classes");
    }
    return loaded;
  }
}
