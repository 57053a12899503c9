package org.jkernprof.corpus;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The program a child JVM runs to make its verifier check classes: it loads each listed class and
 * links it, so the JVM verifies it, or initializes it, so its static initializer runs too. One line
 * per class goes to the results file: {@code ok LIST NAME}, {@code fail LIST NAME: ERROR} for a
 * verification or class format error, {@code unlinkable LIST NAME: ERROR} for anything else (a
 * missing optional dependency, an initializer that throws), where LIST is the file name of the
 * class list it came from.
 *
 * <pre>
 * LinkCheck RESULTS link|init [--run CLASS] (CLASS_PATH|boot CLASS_LIST)...
 * </pre>
 *
 * Each class path gets its own loader (the bootstrap loader for {@code boot}), under the platform
 * loader; with {@code --run}, {@code CLASS.run()} is then called in each and its result written as
 * {@code run CLASS_LIST RESULT}. Uses java.base only: it runs on every JDK the tests use.
 */
public final class LinkCheck {
  private LinkCheck() {}

  public static void main(String[] args) throws IOException {
    Path results = Paths.get(args[0]);
    boolean initialize = args[1].equals("init");
    int next = 2;
    String runClass = null;
    if (args[next].equals("--run")) {
      runClass = args[next + 1];
      next += 2;
    }
    List<String> lines = new ArrayList<>();
    for (int i = next; i + 1 < args.length; i += 2) {
      ClassLoader loader = loader(args[i]);
      Path list = Paths.get(args[i + 1]);
      for (String name : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        if (!name.isBlank()) {
          lines.add(
              check(name.trim(), loader, initialize)
                  .replaceFirst(" ", " " + list.getFileName() + " "));
        }
      }
      if (runClass != null) {
        lines.add("run " + list.getFileName() + " " + run(runClass, loader));
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(results))) {
      lines.forEach(out::println);
    }
    // A library's class initializer may have started threads that would keep the JVM up.
    System.exit(0);
  }

  private static ClassLoader loader(String classPath) throws MalformedURLException {
    if (classPath.equals("boot")) {
      return null;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      urls.add(Paths.get(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  private static String check(String name, ClassLoader loader, boolean initialize) {
    try {
      Class<?> type = Class.forName(name, initialize, loader);
      // Reflection links the class first, and linking is where the JVM verifies it.
      type.getDeclaredMethods();
      return "ok " + name;
    } catch (VerifyError | ClassFormatError | VirtualMachineError e) {
      return "fail " + name + ": " + oneLine(e);
    } catch (Throwable e) {
      return "unlinkable " + name + ": " + oneLine(e);
    }
  }

  private static String run(String className, ClassLoader loader) {
    try {
      Method run = Class.forName(className, true, loader).getMethod("run");
      return String.valueOf(run.invoke(null));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      return "FAILED " + oneLine(cause);
    }
  }

  /** The error on one line; a verify error's details (location, reason, frame) included. */
  private static String oneLine(Throwable e) {
    String text = String.valueOf(e).replaceAll("\\s*\\R\\s*", " | ");
    return text.length() <= 600 ? text : text.substring(0, 600) + "...";
  }
}
