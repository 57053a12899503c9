package org.jkernprof.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jkernprof.testsupport.Jdk25;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Instruments every method of every class of real bytecode, in line mode and in function mode, and
 * has two verifiers check the result: ASM's data-flow verifier on every instrumented class in this
 * JVM, then the JVM's own verifier ({@code -Xverify:all}) in child JVMs, which link every
 * instrumented class and load a sample of each library through the real agent. The corpus is
 * java.base, five libraries of three JVM languages, and a sample compiled for every class file
 * version from Java 8 to 25. Writes the tally to {@code target/corpus-tally.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryMethodOfRealBytecodeTest {
  private final List<CorpusTally> rows = new ArrayList<>();
  private final Map<Integer, CorpusTally> releases = new TreeMap<>();
  private final Map<Integer, Path> releaseDirs = new TreeMap<>();
  private final Map<Library, Integer> samplesThatRanProbes = new LinkedHashMap<>();
  private final List<String> agentErrors = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private ReleaseChecks releaseChecks;

  @BeforeAll
  void instrumentAndVerifyEverything() throws Exception {
    long start = System.nanoTime();
    Path work = BuildPaths.target().resolve("corpus");
    deleteRecursively(work);
    // Two threads instrument and verify in this JVM while at most two child JVMs run: two cores.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ExecutorService children = Executors.newFixedThreadPool(2);
    try {
      Future<Map<Integer, Path>> compiled =
          Jdk25.installed()
              ? children.submit(() -> VersionedClasses.compile(work.resolve("versions"), work))
              : null;
      ClassFileSource runtime = new RuntimeClassFiles();
      ClassFileSource jdk = ClassFileSource.jdk(null, "java.base");

      CorpusTally javaBase =
          instrument(
              new Corpus(
                  "java.base",
                  "java.base, JDK " + TallyReport.jdkVersion(),
                  jdk.readAll(),
                  new ClassHierarchy(List.of(jdk, runtime))),
              work,
              pool);
      rows.add(javaBase);
      phase("java.base instrumented and verified", start);
      List<Future<JavaBaseLinking.Linked>> javaBaseLinked = new ArrayList<>();
      for (Mode mode : Mode.values()) {
        javaBaseLinked.add(children.submit(() -> JavaBaseLinking.link(mode, javaBase, work)));
      }

      List<Path> jars = BuildPaths.libraryJars();
      List<ClassFileSource> librarySources = new ArrayList<>();
      jars.forEach(jar -> librarySources.add(ClassFileSource.jar(jar)));
      librarySources.add(jdk);
      librarySources.add(runtime);
      ClassHierarchy libraryHierarchy = new ClassHierarchy(librarySources);
      Map<Library, CorpusTally> libraries = new LinkedHashMap<>();
      Map<Library, List<String>> samples = new LinkedHashMap<>();
      for (Library library : Library.ALL) {
        Corpus corpus =
            new Corpus(
                library.id(),
                library.name(jars),
                ClassFileSource.jar(library.jar(jars)).readAll(),
                libraryHierarchy);
        libraries.put(library, instrument(corpus, work, pool));
        samples.put(library, LibraryChecks.sample(corpus.classes().keySet()));
        rows.add(libraries.get(library));
      }
      phase("libraries instrumented and verified", start);
      List<Future<?>> libraryChecks = new ArrayList<>();
      List<Future<LibraryChecks.Sampled>> sampled = new ArrayList<>();
      for (Mode mode : Mode.values()) {
        libraryChecks.add(children.submit(() -> LibraryChecks.link(mode, libraries, jars, work)));
        sampled.add(
            children.submit(() -> LibraryChecks.sample(mode, libraries, samples, jars, work)));
      }

      Future<ReleaseChecks> releasesChecked = null;
      if (compiled != null) {
        releaseDirs.putAll(compiled.get());
        ClassFileSource jdk25 = ClassFileSource.jdk(Jdk25.home(), "java.base");
        releaseDirs.forEach(
            (release, dir) ->
                releases.put(
                    release,
                    instrument(VersionedClasses.corpus(release, dir, jdk25, runtime), work, pool)));
        phase("Java 8..25 classes compiled, instrumented and verified", start);
        releasesChecked =
            children.submit(() -> new ReleaseChecks(releases, releaseDirs, work).run());
      } else {
        notes.add(
            "The Java 8..25 class files were not checked: no JDK 25 at "
                + Jdk25.home()
                + " (skipped as -Djkernprof.skipJdk25=true asks).");
      }

      List<Integer> leftOut = new ArrayList<>();
      for (Mode mode : Mode.values()) {
        JavaBaseLinking.Linked linked = javaBaseLinked.get(mode.ordinal()).get();
        mode.setLinked(javaBase, linked.result());
        leftOut.add(linked.leftOut());
      }
      notes.add(
          "java.base is linked through --patch-module, in the bootstrap loader, but for the "
              + TallyTable.number(leftOut.get(0))
              + " / "
              + TallyTable.number(leftOut.get(1))
              + " instrumented classes the JVM loads before the agent starts (or that the check"
              + " uses): those keep their own code. The real agent never profiles the JDK, so"
              + " java.base has no sample.");
      for (Future<?> check : libraryChecks) {
        check.get();
      }
      Set<String> ranInBothModes = null;
      for (Future<LibraryChecks.Sampled> sample : sampled) {
        agentErrors.addAll(sample.get().agentErrors());
        if (ranInBothModes == null) {
          ranInBothModes = new HashSet<>(sample.get().ranProbes());
        } else {
          ranInBothModes.retainAll(sample.get().ranProbes());
        }
      }
      for (Map.Entry<Library, List<String>> sample : samples.entrySet()) {
        int ran = (int) sample.getValue().stream().filter(ranInBothModes::contains).count();
        samplesThatRanProbes.put(sample.getKey(), ran);
        notes.add(
            sample.getKey().title()
                + ": "
                + ran
                + " of the sampled classes ran probed code under the agent, in both modes.");
      }
      phase("libraries linked and sampled", start);
      if (releasesChecked != null) {
        releaseChecks = releasesChecked.get();
        agentErrors.addAll(releaseChecks.agentErrors());
        CorpusTally all = new CorpusTally("versions", "Java 8–25 sample, javac 25 --release N", 0);
        releases.values().forEach(all::addAll);
        rows.add(all);
        phase("Java 8..25 classes linked and run on JDK 25", start);
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    } finally {
      pool.shutdownNow();
      children.shutdownNow();
    }
    String tally =
        TallyReport.render(
            rows, releases, releaseChecks, notes, Math.round((System.nanoTime() - start) / 1e9));
    Files.writeString(BuildPaths.target().resolve("corpus-tally.md"), tally);
    System.out.println(tally);
  }

  private static void phase(String what, long start) {
    System.out.printf("[corpus] %5.1f s  %s%n", (System.nanoTime() - start) / 1e9, what);
  }

  private static CorpusTally instrument(Corpus corpus, Path work, ExecutorService pool) {
    return new CorpusInstrumentation(
            corpus,
            Mode.LINE.out(work).resolve(corpus.id()),
            Mode.FUNCTION.out(work).resolve(corpus.id()))
        .run(pool);
  }

  @Test
  void asmsVerifierAcceptsEveryInstrumentedClass() {
    assertAll(rows.stream().map(row -> noneIn(row.name + ": ASM verifier failures", row.failures)));
  }

  @Test
  void theJvmsVerifierLinksEveryInstrumentedClassUnderXverifyAll() {
    assertAll(
        rows.stream()
            .map(row -> noneIn(row.name + ": JVM verify errors", TallyTable.jvmFailures(row))));
    for (CorpusTally row : rows) {
      assertNotNull(row.linkedLine, row.name + " was not linked");
      assertTrue(row.linkedLine.linked() > 0, row.name + ": nothing linked in line mode");
      assertTrue(row.linkedFunction.linked() > 0, row.name + ": nothing linked in function mode");
    }
  }

  @Test
  void theRealAgentInstrumentsEverySampleWithoutErrors() {
    assertEquals(List.of(), agentErrors);
    assertEquals(Library.ALL.size(), samplesThatRanProbes.size());
    samplesThatRanProbes.forEach(
        (library, ran) ->
            assertTrue(ran > 0, library.title() + ": no sampled class ran probed code"));
  }

  @Test
  void mostMethodsOfEveryCorpusGetProbes() {
    for (CorpusTally row : rows) {
      assertTrue(row.classes > 0, row.name + " has no classes");
      assertTrue(row.lineProbed > row.methods / 2, row.name + ": few methods got line probes");
      assertTrue(row.functionProbed > row.methods / 2, row.name + ": few methods got call probes");
    }
  }

  @Test
  void methodsOver64KbWithProbesAreLeftAsTheyWere() {
    assertAll(
        rows.stream()
            .map(row -> noneIn(row.name + ": changed although too large", row.tooLargeChanged)));
  }

  @Test
  void everyMethodLeftWithoutProbesHasAKnownReason() {
    assertAll(rows.stream().map(row -> noneIn(row.name + ": unexplained", row.unexplained)));
  }

  @Test
  void classFilesOfEveryVersionFrom8To25RunTheSameUnderTheAgent() throws IOException {
    Jdk25.require();
    assertEquals(VersionedClasses.LAST - VersionedClasses.FIRST + 1, releases.size());
    for (Map.Entry<Integer, Path> release : releaseDirs.entrySet()) {
      int n = release.getKey();
      Path sample =
          release.getValue().resolve(VersionedClasses.SAMPLE.replace('.', '/') + ".class");
      assertEquals(VersionedClasses.majorVersion(n), majorVersion(sample), sample.toString());
      String plain = releaseChecks.plainResult(n);
      assertNotNull(plain, "release " + n + " did not run");
      assertFalse(plain.startsWith("FAILED"), "release " + n + " without the agent: " + plain);
      for (Mode mode : Mode.values()) {
        assertEquals(plain, releaseChecks.agentResult(mode, n), "release " + n + ", " + mode.id);
      }
      assertTrue(
          releases.get(n).tooLarge.stream().anyMatch(m -> m.contains("Huge.compute")),
          "release " + n + ": the huge method was not found too large for line probes");
    }
  }

  private static Executable noneIn(String what, List<String> items) {
    return () ->
        assertTrue(
            items.isEmpty(),
            what
                + " ("
                + items.size()
                + "):\n  "
                + String.join("\n  ", TallyReport.first(items, 20)));
  }

  private static int majorVersion(Path classFile) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      in.readInt();
      in.readUnsignedShort();
      return in.readUnsignedShort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
