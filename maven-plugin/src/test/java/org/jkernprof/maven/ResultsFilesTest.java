package org.jkernprof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFilesTest {
  @TempDir Path folder;

  @Test
  void findsOnlyThePerJvmFilesOfTheMode() throws IOException {
    for (String name :
        List.of(
            "jkernprof-1-a.lprof",
            "jkernprof-2-b.lprof",
            "jkernprof-3-c.prof",
            "jkernprof-report.txt",
            "other-4.lprof",
            "jkernprof.lprof")) {
      Files.createFile(folder.resolve(name));
    }
    ResultsFiles lines = new ResultsFiles(folder.resolve("jkernprof.lprof"), false);
    ResultsFiles calls = new ResultsFiles(folder.resolve("jkernprof.lprof"), true);

    assertEquals(
        List.of(folder.resolve("jkernprof-1-a.lprof"), folder.resolve("jkernprof-2-b.lprof")),
        lines.existing());
    assertEquals(List.of(folder.resolve("jkernprof-3-c.prof")), calls.existing());
  }

  @Test
  void deletesAnEarlierBuildsResultsButNothingElse() throws IOException {
    Files.createFile(folder.resolve("jkernprof-1-a.lprof"));
    Files.createFile(folder.resolve("jkernprof-report.txt"));
    ResultsFiles results = new ResultsFiles(folder.resolve("jkernprof.lprof"), false);

    results.deleteExisting();

    assertEquals(List.of(), results.existing());
    assertEquals(true, Files.exists(folder.resolve("jkernprof-report.txt")));
  }

  @Test
  void aMissingFolderHoldsNoResults() throws IOException {
    assertEquals(
        List.of(), new ResultsFiles(folder.resolve("absent/jkernprof.lprof"), false).existing());
  }
}
