package org.jkernprof.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.testsupport.Jdk25;

/**
 * The JVM's verifier on the Java 8..25 class files, in child JVMs of JDK 25: every class the
 * instrumenter rewrote is linked, then each release's sample is loaded, initialized and run three
 * times, without the agent and under it in each mode, each release in a class loader of its own.
 */
final class ReleaseChecks {
  private static final String PACKAGES = "versions.**";

  private final Map<Integer, CorpusTally> releases;
  private final Map<Integer, Path> classDirs;
  private final Path work;
  private final Path java = Jdk25.home().resolve("bin").resolve("java");
  private final Map<Mode, JvmVerification.Said> agentRuns = new EnumMap<>(Mode.class);
  private final List<String> agentErrors = new ArrayList<>();
  private JvmVerification.Said plainRun;

  /**
   * @param releases the tallies of the releases, by release, which this fills in
   * @param classDirs where each release's class files are
   */
  ReleaseChecks(Map<Integer, CorpusTally> releases, Map<Integer, Path> classDirs, Path work) {
    this.releases = releases;
    this.classDirs = classDirs;
    this.work = work;
  }

  /** Runs every check; the results go into the tallies and are kept here for the tests. */
  ReleaseChecks run() {
    for (Mode mode : Mode.values()) {
      link(mode);
    }
    plainRun = runSamples("releases-plain", List.of("-Xverify:all"));
    for (Mode mode : Mode.values()) {
      String name = "releases-agent-" + mode.id;
      String include =
          "include=" + PACKAGES + (mode == Mode.LINE ? ";" + PACKAGES + "#<clinit>" : "");
      JvmVerification.Said said =
          runSamples(
              name,
              List.of(
                  "-Xverify:all", JvmVerification.agent(work, name, mode.agentOptions(include))));
      agentRuns.put(mode, said);
      agentErrors.addAll(JvmVerification.agentErrors(name, said));
      releases.forEach(
          (release, tally) ->
              mode.setSampled(tally, said.resultFor(id(release), allClasses(release))));
    }
    return this;
  }

  private void link(Mode mode) {
    List<JvmVerification.Loader> loaders = new ArrayList<>();
    releases.forEach(
        (release, tally) ->
            loaders.add(
                new JvmVerification.Loader(
                    id(release),
                    JvmVerification.Loader.classPath(
                        List.of(mode.out(work).resolve("java-" + release), classDirs.get(release))),
                    mode.changed(tally))));
    String name = "releases-" + mode.id;
    JvmVerification.Said said =
        JvmVerification.run(
            name,
            work,
            java,
            List.of("-Xverify:all", JvmVerification.agent(work, name, mode.agentOption)),
            false,
            null,
            loaders);
    releases.forEach(
        (release, tally) ->
            mode.setLinked(tally, said.resultFor(id(release), mode.changed(tally))));
  }

  private JvmVerification.Said runSamples(String name, List<String> jvmOptions) {
    List<JvmVerification.Loader> loaders = new ArrayList<>();
    releases.forEach(
        (release, tally) ->
            loaders.add(
                new JvmVerification.Loader(
                    id(release), classDirs.get(release).toString(), allClasses(release))));
    return JvmVerification.run(
        name, work, java, jvmOptions, true, VersionedClasses.SAMPLE, loaders);
  }

  private List<String> allClasses(int release) {
    return new ArrayList<>(ClassFileSource.directory(classDirs.get(release)).readAll().keySet());
  }

  private static String id(int release) {
    return String.valueOf(release);
  }

  /** What the release's sample returned without the agent; null if it did not run. */
  String plainResult(int release) {
    return plainRun == null ? null : plainRun.runs().get(id(release));
  }

  /** What it returned under the agent in {@code mode}. */
  String agentResult(Mode mode, int release) {
    JvmVerification.Said said = agentRuns.get(mode);
    return said == null ? null : said.runs().get(id(release));
  }

  /** Whether the sample ran without the agent and returned the same under it in {@code mode}. */
  boolean sameResult(Mode mode, int release) {
    String plain = plainResult(release);
    return plain != null && !plain.startsWith("FAILED") && plain.equals(agentResult(mode, release));
  }

  List<String> agentErrors() {
    return agentErrors;
  }
}
