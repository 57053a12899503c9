package org.jkernprof.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM's verifier on the libraries, in child JVMs of the running JDK: every class the
 * instrumenter rewrote is linked, and a sample of each library is loaded and initialized through
 * the real agent, which instruments it as the JVM loads it. All libraries share one class loader,
 * as they would in an application.
 */
final class LibraryChecks {
  private static final String LOADER = "libraries";

  /** About how many classes of each library the real agent loads and initializes. */
  private static final int SAMPLE_SIZE = 300;

  private LibraryChecks() {}

  /** Every k-th class by name, k chosen for about {@link #SAMPLE_SIZE}: the same every run. */
  static List<String> sample(Set<String> classes) {
    List<String> sorted = new ArrayList<>(classes);
    sorted.sort(null);
    int step = Math.max(1, sorted.size() / SAMPLE_SIZE);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += step) {
      sample.add(sorted.get(i));
    }
    return sample;
  }

  /**
   * Links every class {@code mode} rewrote: the instrumented classes come first on the loader's
   * class path, the original jars (and the libraries' own dependencies) after them.
   */
  static void link(Mode mode, Map<Library, CorpusTally> libraries, List<Path> jars, Path work) {
    List<Path> classPath = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    libraries.forEach(
        (library, tally) -> {
          classPath.add(mode.out(work).resolve(library.id()));
          classes.addAll(mode.changed(tally));
        });
    classPath.addAll(jars);
    String name = "libraries-" + mode.id;
    JvmVerification.Said said =
        JvmVerification.run(
            name,
            work,
            BuildPaths.runningJava(),
            List.of("-Xverify:all", JvmVerification.agent(work, name, mode.agentOption)),
            false,
            null,
            List.of(
                new JvmVerification.Loader(
                    LOADER, JvmVerification.Loader.classPath(classPath), classes)));
    libraries.forEach(
        (library, tally) -> mode.setLinked(tally, said.resultFor(LOADER, mode.changed(tally))));
  }

  /**
   * Loads and initializes each library's sample through the real agent, which instruments, in
   * {@code mode}, every method of the libraries' packages (static initializers too).
   *
   * @return the agent's error lines, and the sampled classes that ran probed code
   */
  static Sampled sample(
      Mode mode,
      Map<Library, CorpusTally> libraries,
      Map<Library, List<String>> samples,
      List<Path> jars,
      Path work)
      throws java.io.IOException {
    List<String> patterns = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (Library library : libraries.keySet()) {
      patterns.add(library.packages());
      if (mode == Mode.LINE) {
        patterns.add(library.packages() + "#<clinit>");
      }
      classes.addAll(samples.get(library));
    }
    String name = "sample-" + mode.id;
    JvmVerification.Said said =
        JvmVerification.run(
            name,
            work,
            BuildPaths.runningJava(),
            List.of(
                "-Xverify:all",
                JvmVerification.agent(
                    work, name, mode.agentOptions("include=" + String.join(";", patterns)))),
            true,
            null,
            List.of(
                new JvmVerification.Loader(
                    LOADER, JvmVerification.Loader.classPath(jars), classes)));
    libraries.forEach(
        (library, tally) -> mode.setSampled(tally, said.resultFor(LOADER, samples.get(library))));
    Set<String> ran = new HashSet<>(JvmVerification.classesThatRanProbes(work, name, mode));
    ran.retainAll(classes);
    return new Sampled(JvmVerification.agentErrors(name, said), ran);
  }

  /** What a sample run showed besides the verifier's word. */
  record Sampled(List<String> agentErrors, Set<String> ranProbes) {}
}
