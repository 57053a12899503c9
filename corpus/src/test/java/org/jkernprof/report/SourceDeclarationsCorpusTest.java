package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jkernprof.testsupport.Jdk25;
import org.junit.jupiter.api.Test;

/**
 * The report finds declarations in a skeleton of each source, method bodies left out; on every
 * source file of real libraries (and of java.base, where the JDK ships its sources) it must find
 * exactly the declarations a parse of the whole file finds: same names, lines, parameter types and
 * enclosing types, in the same order.
 */
class SourceDeclarationsCorpusTest {
  /**
   * Files whose whole text JavaParser cannot parse tell nothing; a few are expected (about 1% of
   * JDK 25's java.base uses syntax newer than JavaParser's).
   */
  private static final double MAX_UNPARSABLE_SHARE = 0.02;

  @Test
  void declarationsFromSkeletonsAreThoseOfWholeParsesInRealSources() throws IOException {
    List<Path> jars = sourceJars();
    assertEquals(4, jars.size(), "the sources jars the pom copies: " + jars);
    List<String> lines = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    for (Path jar : jars) {
      lines.add(compare(jar, differences));
    }
    Optional<Path> jdkSources = jdkSources();
    if (jdkSources.isPresent()) {
      lines.add(compare(jdkSources.get(), differences));
    } else {
      lines.add("java.base sources: no src.zip in this JDK or the JDK 25, not compared");
    }
    String tally = String.join("\n", lines) + "\n";
    Files.writeString(
        Paths.get(System.getProperty("jkernprof.target"), "source-declarations-tally.txt"), tally);
    System.out.print(tally);
    assertEquals(List.of(), differences, tally);
  }

  /** The JDK's own sources, of the JDK running the tests or else of the JDK 25, if installed. */
  private static Optional<Path> jdkSources() {
    for (String home : List.of(System.getProperty("java.home"), Jdk25.home().toString())) {
      Path zip = Paths.get(home, "lib", "src.zip");
      if (!home.isEmpty() && Files.isRegularFile(zip)) {
        return Optional.of(zip);
      }
    }
    return Optional.empty();
  }

  /**
   * Compares every {@code .java} file of {@code zip} (of a JDK's {@code src.zip}, those of
   * java.base); returns its tally line.
   */
  private static String compare(Path zip, List<String> differences) throws IOException {
    SourceFiles sources = new SourceFiles(new SourceResolver(List.of()));
    int files = 0;
    int unparsable = 0;
    int withoutSkeleton = 0;
    long declarations = 0;
    long skeletonChars = 0;
    long wholeChars = 0;
    long skeletonNanos = 0;
    long wholeNanos = 0;
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()
            || !entry.getName().endsWith(".java")
            || (zip.endsWith("src.zip") && !entry.getName().startsWith("java.base/"))) {
          continue;
        }
        String text =
            new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        files++;
        long start = System.nanoTime();
        Optional<Declarations> whole = sources.declarationsOfWholeText(text);
        wholeNanos += System.nanoTime() - start;
        if (whole.isEmpty()) {
          unparsable++;
          continue;
        }
        Optional<String> skeleton = DeclarationSkeleton.of(text);
        if (skeleton.isEmpty()) {
          withoutSkeleton++;
        } else {
          skeletonChars += skeleton.get().length();
          wholeChars += text.length();
        }
        start = System.nanoTime();
        Optional<Declarations> found = sources.declarationsOf(text);
        skeletonNanos += System.nanoTime() - start;
        declarations += whole.get().count();
        if (!whole.equals(found)) {
          differences.add(
              zip.getFileName()
                  + "!"
                  + entry.getName()
                  + ":\n  whole:    "
                  + whole.get()
                  + "\n  skeleton: "
                  + found.map(Object::toString).orElse("none"));
        }
      }
    }
    assertTrue(files > 200, zip + " holds only " + files + " Java files");
    assertTrue(
        unparsable <= MAX_UNPARSABLE_SHARE * files,
        unparsable + " of " + files + " files of " + zip + " do not parse whole");
    return String.format(
        "%s: %,d files, %,d declarations; %,d not parsable whole (not compared), %,d without a"
            + " skeleton (parsed whole); skeletons hold %.0f%% of the text; declarations found in"
            + " %.1f s from skeletons, %.1f s from whole parses",
        zip.endsWith("src.zip") ? "java.base of " + zip : zip.getFileName(),
        files,
        declarations,
        unparsable,
        withoutSkeleton,
        100.0 * skeletonChars / Math.max(1, wholeChars),
        skeletonNanos / 1e9,
        wholeNanos / 1e9);
  }

  private static List<Path> sourceJars() throws IOException {
    try (Stream<Path> files =
        Files.list(Paths.get(System.getProperty("jkernprof.corpusSources")))) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
  }
}
