package org.jkernprof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Switches line profiling on and off from the program itself, and saves the results so far, so that
 * a program can profile only a section of its run (one request of a server, say).
 *
 * <pre>{@code
 * JKernprof.enable();
 * handle(request);
 * JKernprof.disable();
 * JKernprof.dump(Paths.get("request.lprof"));
 * }</pre>
 *
 * <p>The switch applies to calls of {@code @Profile} code that <em>start</em> after it, in every
 * thread; calls already running finish as they began. Counts recorded so far are always kept. With
 * the agent option {@code start=disabled} (or {@code jkernprof --start-disabled}) nothing is
 * recorded until the first {@link #enable()}.
 *
 * <p>Without the jkernprof agent every method here does nothing, cheaply, so these calls are safe
 * to leave in production code. The agent is looked for once, when this class is first used: an
 * agent attached to a running JVM after that is not seen.
 */
public final class JKernprof {
  private JKernprof() {}

  /** Whether the jkernprof agent runs in this JVM. */
  public static boolean isAgentLoaded() {
    return AgentRuntime.present();
  }

  /** Records calls of {@code @Profile} code that start from now on. Nothing without the agent. */
  public static void enable() {
    setRecording(true);
  }

  /**
   * Stops recording calls of {@code @Profile} code that start from now on; calls already running
   * are recorded to their end. Nothing without the agent.
   */
  public static void disable() {
    setRecording(false);
  }

  /** Whether calls that start now are recorded: false without the agent. */
  public static boolean isEnabled() {
    if (!AgentRuntime.present()) {
      return false;
    }
    return (Boolean) AgentRuntime.call(AgentRuntime.IS_RECORDING);
  }

  /**
   * Writes the results so far to {@code file} now, replacing it atomically, in the same {@code
   * .lprof} format as at exit ({@code jkernprof view FILE} prints them). Lines still running count
   * their time so far. Profiling goes on as before, and the results file written at exit is not
   * affected.
   *
   * @return true if written; false if no agent runs in this JVM, in which case nothing is written
   * @throws IOException if the file cannot be written, e.g. its folder does not exist
   */
  public static boolean dump(Path file) throws IOException {
    if (!AgentRuntime.present()) {
      return false;
    }
    String absolute = file.toAbsolutePath().toString();
    try {
      return (Boolean) AgentRuntime.call(AgentRuntime.DUMP, absolute);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Marks the start of a test, so that results can be split by test ({@code jkernprof view
   * --by-test}): what every thread records from now until the returned span is closed is the test's
   * share. Test frameworks call this; the {@code jkernprof-junit5} extension does so for every
   * JUnit 5 test. Each call sums the counts so far, which costs about as much as a small snapshot:
   * mark tests, not loop iterations.
   *
   * <pre>{@code
   * try (TestSpan span = JKernprof.beginTest("CartTest#addsItems()")) {
   *   runTest();
   * }
   * }</pre>
   *
   * @param name the test's name as the split results should show it
   * @return the span to close when the test ends; without the agent, one that does nothing
   */
  public static TestSpan beginTest(String name) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    if (!AgentRuntime.present() || AgentRuntime.BEGIN_TEST == null) {
      return TestSpan.NONE;
    }
    long id = (Long) AgentRuntime.call(AgentRuntime.BEGIN_TEST, name);
    return new TestSpan(() -> endTest(id));
  }

  /** Ends test {@code id} in the runtime: its hits, or none from an agent that cannot say them. */
  private static TestHits endTest(long id) {
    if (AgentRuntime.END_TEST_HITS == null) {
      AgentRuntime.call(AgentRuntime.END_TEST, id);
      return TestHits.NONE;
    }
    return TestHits.of((Object[]) AgentRuntime.call(AgentRuntime.END_TEST_HITS, id));
  }

  private static void setRecording(boolean on) {
    if (AgentRuntime.present()) {
      AgentRuntime.call(AgentRuntime.SET_RECORDING, on);
    }
  }

  /**
   * The agent's recorder runtime, found by name in the bootstrap class loader where the agent
   * defines it, and called by reflection: this jar cannot depend on the agent, and the program must
   * run without it. Looked up once; the methods are null without the agent.
   */
  private static final class AgentRuntime {
    /**
     * The system property in which the agent names the binary-name prefix of its runtime's classes
     * ({@code RuntimeInjector.RUNTIME_PROPERTY}): the agent alone knows the versioned name. The
     * end-to-end tests of {@code enable}, {@code dump} and {@code beginTest} fail if the two
     * differ.
     */
    static final String RUNTIME_PROPERTY = "jkernprof.runtime";

    static final Method SET_RECORDING;
    static final Method IS_RECORDING;
    static final Method DUMP;
    static final Method BEGIN_TEST;
    static final Method END_TEST;
    static final Method END_TEST_HITS;

    static {
      Class<?> recordingSwitch = runtimeClass("RecordingSwitch");
      Class<?> recorder = runtimeClass("LineRecorder");
      SET_RECORDING = method(recordingSwitch, "setRecording", boolean.class);
      IS_RECORDING = method(recordingSwitch, "isRecording");
      DUMP = method(recordingSwitch, "dump", String.class);
      BEGIN_TEST = method(recorder, "beginTest", String.class);
      END_TEST = method(recorder, "endTest", long.class);
      END_TEST_HITS = method(recorder, "endTestHits", long.class);
    }

    /** A class of the agent's runtime, or null without the agent or one this jar can talk to. */
    private static Class<?> runtimeClass(String simpleName) {
      try {
        String prefix = System.getProperty(RUNTIME_PROPERTY);
        return prefix == null ? null : Class.forName(prefix + simpleName, false, null);
      } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
        return null;
      }
    }

    /** The runtime class's method, or null without the agent or if this agent lacks it. */
    private static Method method(Class<?> type, String name, Class<?>... parameters) {
      if (type == null) {
        return null;
      }
      try {
        return type.getMethod(name, parameters);
      } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
        return null;
      }
    }

    private AgentRuntime() {}

    static boolean present() {
      return SET_RECORDING != null && IS_RECORDING != null && DUMP != null;
    }

    /** Calls a static method of the recorder, passing on what it throws as it is. */
    static Object call(Method method, Object... arguments) {
      try {
        return method.invoke(null, arguments);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException("the jkernprof agent failed", cause);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call the jkernprof agent", e);
      }
    }
  }
}
