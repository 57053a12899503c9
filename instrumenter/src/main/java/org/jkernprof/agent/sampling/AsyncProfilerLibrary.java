package org.jkernprof.agent.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * async-profiler, loaded from the private copy in the agent jar: its class files (renamed {@code
 * *.classdata}) are defined in a class loader of the agent's own, whose parent is the platform
 * class loader, so an application's own {@code one.profiler} classes are never seen nor shadowed;
 * its native library for this OS and architecture is extracted to a temporary file (deleted at
 * exit) and loaded by that class loader, which JNI binds the native methods of {@code
 * one.profiler.AsyncProfiler} to. Everything is reached by reflection.
 */
final class AsyncProfilerLibrary {
  /** Where the build put async-profiler inside the agent jar. */
  static final String RESOURCES = "org/jkernprof/agent/sampling/asyncprofiler/";

  private static final String CLASS_NAME = "one.profiler.AsyncProfiler";

  private static AsyncProfilerLibrary bundled;
  private static SamplingUnavailableException bundledFailure;

  private final Object profiler;
  private final Method execute;
  private final String version;

  private AsyncProfilerLibrary(Object profiler, Method execute, String version) {
    this.profiler = profiler;
    this.execute = execute;
    this.version = version;
  }

  /**
   * The bundled library, loaded on first use; once per JVM (a native library can belong to one
   * class loader only), and a failure is remembered and thrown again.
   */
  static synchronized AsyncProfilerLibrary bundled() throws SamplingUnavailableException {
    if (bundled != null) {
      return bundled;
    }
    if (bundledFailure != null) {
      throw bundledFailure;
    }
    try {
      bundled = load(extractBundled());
      return bundled;
    } catch (SamplingUnavailableException e) {
      bundledFailure = e;
      throw e;
    }
  }

  /**
   * The library at {@code library}, loaded in a new private class loader. Fails, with a one-line
   * reason and the JVM unharmed, where the file is no loadable library or async-profiler is already
   * loaded in this process.
   */
  static AsyncProfilerLibrary load(Path library) throws SamplingUnavailableException {
    String where = "async-profiler " + library;
    String loaded = alreadyLoaded();
    if (loaded != null) {
      throw new SamplingUnavailableException(
          where, "async-profiler is already loaded in this JVM, from " + loaded);
    }
    try {
      Class<?> type = Class.forName(CLASS_NAME, true, new PrivateClassLoader(resourceLoader()));
      Object profiler =
          type.getMethod("getInstance", String.class)
              .invoke(null, library.toAbsolutePath().toString());
      Method execute = type.getMethod("execute", String.class);
      String version = String.valueOf(type.getMethod("getVersion").invoke(profiler));
      return new AsyncProfilerLibrary(profiler, execute, version);
    } catch (InvocationTargetException e) {
      throw new SamplingUnavailableException(where, describe(e.getCause()));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      throw new SamplingUnavailableException(where, describe(e));
    }
  }

  /** The version async-profiler reports, e.g. {@code 4.6}. */
  String version() {
    return version;
  }

  /**
   * Runs an async-profiler command ({@code start,...}, {@code stop}) and returns its output.
   *
   * @throws IllegalStateException with async-profiler's one-line reason where it refuses
   */
  String execute(String command) {
    try {
      return String.valueOf(execute.invoke(profiler, command));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(describe(e.getCause()), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(describe(e), e);
    }
  }

  /**
   * The folder of the bundled library for an OS and architecture ({@code os.name}, {@code
   * os.arch}), or null where async-profiler has none.
   */
  static String platform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    if (os.startsWith("mac")) {
      return "macos";
    }
    if (os.startsWith("linux")) {
      if (arch.equals("amd64") || arch.equals("x86_64")) {
        return "linux-x64";
      }
      if (arch.equals("aarch64") || arch.equals("arm64")) {
        return "linux-arm64";
      }
    }
    return null;
  }

  private static Path extractBundled() throws SamplingUnavailableException {
    String osName = System.getProperty("os.name", "?");
    String osArch = System.getProperty("os.arch", "?");
    String where = osName + " " + osArch;
    String platform = platform(osName, osArch);
    if (platform == null) {
      throw new SamplingUnavailableException(
          where, "async-profiler has no library for this OS and architecture");
    }
    String resource = RESOURCES + platform + "/libasyncProfiler.so";
    try (InputStream in = resourceLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new SamplingUnavailableException(where, "the agent jar lacks " + resource);
      }
      Path file = Files.createTempFile("jkernprof-async-profiler-", ".so");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new SamplingUnavailableException(
          where, "cannot extract async-profiler's library: " + describe(e));
    }
  }

  /**
   * Where an async-profiler library is already mapped into this process (by the application, an
   * {@code -agentpath} or another copy of this agent), or null; known on Linux only.
   */
  private static String alreadyLoaded() {
    Path maps = Path.of("/proc/self/maps");
    if (!Files.isReadable(maps)) {
      return null;
    }
    try {
      for (String line : Files.readAllLines(maps)) {
        int slash = line.indexOf('/');
        if (slash >= 0
            && (line.contains("libasyncProfiler") || line.contains("jkernprof-async-profiler-"))) {
          return line.substring(slash);
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  private static ClassLoader resourceLoader() {
    ClassLoader own = AsyncProfilerLibrary.class.getClassLoader();
    return own != null ? own : ClassLoader.getSystemClassLoader();
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.trim().isEmpty() ? name : name + ": " + message;
  }

  /** Defines {@code one.profiler.*} from the agent jar's private {@code *.classdata} copies. */
  private static final class PrivateClassLoader extends ClassLoader {
    private final ClassLoader resources;

    PrivateClassLoader(ClassLoader resources) {
      super("jkernprof-async-profiler", ClassLoader.getPlatformClassLoader());
      this.resources = resources;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (!name.startsWith("one.profiler.")) {
        throw new ClassNotFoundException(name);
      }
      String resource = RESOURCES + name.replace('.', '/') + ".classdata";
      try (InputStream in = resources.getResourceAsStream(resource)) {
        if (in == null) {
          throw new ClassNotFoundException(name + " (no " + resource + ")");
        }
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
