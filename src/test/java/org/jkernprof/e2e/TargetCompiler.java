package org.jkernprof.e2e;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a target at test time, against the {@code @Profile} annotation, for targets Maven must
 * not compile itself: other compiler options, or another JDK's compiler.
 */
final class TargetCompiler {
  private TargetCompiler() {}

  /**
   * Compiles {@code source} into {@code outputDir} with this JDK's compiler and {@code options}.
   */
  static void withThisJdk(Path source, Path outputDir, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("these tests need a JDK (with javac), not a JRE");
    }
    StringWriter messages = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      ok =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  arguments(outputDir, options),
                  null,
                  files.getJavaFileObjects(source.toFile()))
              .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ok) {
      throw new IllegalStateException("cannot compile " + source + ":\n" + messages);
    }
  }

  /** Compiles {@code source} with the {@code javac} of the JDK at {@code jdkHome}. */
  static void withJdk(Path jdkHome, Path source, Path outputDir, String... options) {
    List<String> command = new ArrayList<>();
    command.add(jdkHome.resolve("bin").resolve("javac").toString());
    command.addAll(arguments(outputDir, options));
    command.add(source.toString());
    JvmResult result = ChildJvm.run(command, outputDir.getParent(), "javac");
    if (result.exitCode != 0) {
      throw new IllegalStateException("cannot compile " + source + ":\n" + result.describe());
    }
  }

  private static List<String> arguments(Path outputDir, String... options) {
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> arguments = new ArrayList<>(List.of(options));
    arguments.add("-cp");
    arguments.add(BuildPaths.annotationsClasspath().toString());
    arguments.add("-d");
    arguments.add(outputDir.toString());
    return arguments;
  }
}
