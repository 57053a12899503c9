package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jkernprof.agent.attach.AttachStatus;
import org.jkernprof.agent.attach.CliWatchdog;
import org.jkernprof.agent.attach.LoadedClasses;
import org.jkernprof.agent.attach.Retransformation;
import org.jkernprof.agent.attach.RewrittenClasses;
import org.jkernprof.agent.attach.SessionWarnings;
import org.jkernprof.agent.output.DumpOnRequest;
import org.jkernprof.agent.output.PeriodicResultsWriter;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.agent.output.WriteFailure;

/**
 * One session of {@code jkernprof attach} in the profiled JVM: from {@link #start}, which rewrites
 * the loaded classes the options select, to {@link #stop}, which writes the results and restores
 * every class it rewrote, leaving the program as it was. Stopped by the attach command, by a
 * watchdog when that command is gone, or, without restoring, by the JVM's exit.
 */
final class AttachSession {
  private final Path folder;
  private final long cliPid;
  private final Instrumentation inst;
  private final ProfilingTransformer transformer;
  private final RewrittenClasses rewritten;
  private final Profiling profiling;
  private final ResultsSaver saver;
  private final Path output;
  private final Optional<PeriodicResultsWriter> periodic;
  private final SessionWarnings collected;
  private final Consumer<String> warnings;
  private final PrintStream err;
  private final Thread exitHook;
  private final int rewrittenAtStart;

  /** Guarded by this object's lock, as is the next one. */
  private Optional<CliWatchdog> watchdog = Optional.empty();

  /** Set once stopped: what the session ended with. */
  private AttachStatus ended;

  private AttachSession(
      Path folder,
      long cliPid,
      Instrumentation inst,
      ProfilingTransformer transformer,
      RewrittenClasses rewritten,
      Profiling profiling,
      ResultsSaver saver,
      Path output,
      Optional<PeriodicResultsWriter> periodic,
      SessionWarnings collected,
      PrintStream err,
      int rewrittenAtStart) {
    this.folder = folder;
    this.cliPid = cliPid;
    this.inst = inst;
    this.transformer = transformer;
    this.rewritten = rewritten;
    this.profiling = profiling;
    this.saver = saver;
    this.output = output;
    this.periodic = periodic;
    this.collected = collected;
    this.warnings = Agent.warnings(collected.stream());
    this.err = err;
    this.rewrittenAtStart = rewrittenAtStart;
    this.exitHook = new Thread(this::endAtExit, "jkernprof-attach-results");
  }

  /**
   * Starts a session with the agent options {@code options}: installs a retransforming transformer,
   * retransforms the loaded classes it may change, and starts watching the command.
   *
   * @throws IllegalArgumentException for bad options, with the one line that says what is wrong
   */
  static AttachSession start(
      Path folder, long cliPid, String options, Instrumentation inst, PrintStream err)
      throws IOException, ReflectiveOperationException {
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    // Said to the command with the session's answers; the program's own stderr stays its own.
    SessionWarnings collected = new SessionWarnings();
    PrintStream warningsOut = collected.stream();
    AgentOptions agentOptions = AgentOptions.parse(options, null);
    Path output = Agent.resultsFile(agentOptions);
    if (!inst.isRetransformClassesSupported()) {
      throw new IllegalArgumentException(
          "this JVM cannot retransform classes (the agent jar's manifest lacks"
              + " Can-Retransform-Classes: true)");
    }
    Agent.warnAboutUselessIncludes(agentOptions, warningsOut);
    Profiling profiling = Agent.prepare(agentOptions, inst, true, warningsOut);
    RewrittenClasses rewritten = new RewrittenClasses();
    ProfilingTransformer transformer =
        new ProfilingTransformer(profiling.rewriter, warningsOut, rewritten);
    inst.addTransformer(transformer, true);
    List<Class<?>> refused =
        Retransformation.run(
            inst,
            new LoadedClasses(agentOptions.selection(), agentOptions.functionMode())
                .toRewrite(inst),
            Agent.warnings(warningsOut));
    // The transformer made their bytes, but they run their old code: nothing to count or restore.
    refused.forEach(rewritten::remove);
    ResultsSaver saver = new ResultsSaver(profiling.recorder, startMillis, startNanos);
    profiling.recordingSwitch.setDumper(new DumpOnRequest(saver));
    AttachSession session =
        new AttachSession(
            folder,
            cliPid,
            inst,
            transformer,
            rewritten,
            profiling,
            saver,
            output,
            Agent.startPeriodicWriter(agentOptions, saver, output, warningsOut),
            collected,
            err,
            rewritten.size());
    Runtime.getRuntime().addShutdownHook(session.exitHook);
    session.watch();
    return session;
  }

  /** Starts the watchdog; if the command is already gone, stops at once. */
  private void watch() {
    Optional<CliWatchdog> started = CliWatchdog.start(cliPid, this::stopForGoneCli);
    synchronized (this) {
      watchdog = started;
    }
    if (!started.isPresent()) {
      stopForGoneCli();
    }
  }

  /** The folder of the command that started this session. */
  Path folder() {
    return folder;
  }

  /** The attach command's process id. */
  long cliPid() {
    return cliPid;
  }

  /** The warnings since the last call, for the command's next answer. */
  List<String> takeWarnings() {
    return collected.take();
  }

  /** How many loaded classes were rewritten at the start. */
  int rewrittenAtStart() {
    return rewrittenAtStart;
  }

  synchronized boolean isStopped() {
    return ended != null;
  }

  /**
   * Stops the session, once: recording off, the results written as at exit, the transformer
   * removed, every rewritten class restored to its original code, the agent's threads stopped.
   *
   * @return what it ended with; the same each time
   */
  synchronized AttachStatus stop() {
    if (ended != null) {
      return ended;
    }
    String failure = finishRecording();
    inst.removeTransformer(transformer);
    List<Class<?>> toRestore = rewritten.stillLoaded(inst);
    int restored = toRestore.size() - Retransformation.run(inst, toRestore, warnings).size();
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook finds the session stopped.
    }
    ended =
        failure == null
            ? AttachStatus.stopped("", restored, output.toString(), collected.take())
            : AttachStatus.stopped(failure, restored, "", collected.take());
    return ended;
  }

  /**
   * Switches recording off, stops the watchdog and the periodic writer, and writes the results.
   *
   * @return null, or why the results could not be written
   */
  private String finishRecording() {
    profiling.recordingSwitch.setRecording(false);
    watchdog.ifPresent(CliWatchdog::stop);
    periodic.ifPresent(PeriodicResultsWriter::stop);
    profiling.recordingSwitch.setDumper(null);
    try {
      TakenResults results = saver.atRunEnd();
      saver.write(results, output);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot write profile results to " + output + ": " + WriteFailure.reason(e, output);
    }
  }

  /** The watchdog's stop: as a stop command's, said on the program's standard error. */
  private void stopForGoneCli() {
    AttachStatus status = stop();
    status.warnings().forEach(err::println);
    err.println(
        "jkernprof: the attach command (pid "
            + cliPid
            + ") is gone: "
            + (status.results().isEmpty() ? status.message() : "results written to " + output)
            + ", "
            + status.restored()
            + " classes restored");
    AttachSessions.report(folder, status);
  }

  /** The exit hook's stop: the results are written; classes need no restoring in a JVM ending. */
  private void endAtExit() {
    AttachStatus status;
    synchronized (this) {
      if (ended != null) {
        return;
      }
      String failure = finishRecording();
      ended =
          AttachStatus.stopped(
              failure == null ? "the program ended" : failure,
              0,
              failure == null ? output.toString() : "",
              collected.take());
      status = ended;
    }
    AttachSessions.report(folder, status);
  }
}
