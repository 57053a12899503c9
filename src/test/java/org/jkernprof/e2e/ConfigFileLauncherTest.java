package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.Recursion;
import org.junit.jupiter.api.Test;

/**
 * {@code jkernprof.properties} in the working folder or above it gives the packaged command its
 * default options; options on the command line win.
 */
class ConfigFileLauncherTest {
  private static final Target TARGET = Target.compiledByMaven(Recursion.class);

  @Test
  void viewTakesItsDefaultsFromTheFileInAFolderAboveAndTheCommandLineWins() throws IOException {
    Path folder = Jkernprof.freshFolder("config-view");
    Path results = profileInto(folder);
    Files.writeString(folder.resolve("jkernprof.properties"), "# defaults\nunit = 1e-3\n");
    Path below = Files.createDirectories(folder.resolve("sub/dir"));

    LineReport fromFile = Jkernprof.view(below, results.toString());
    LineReport fromCommandLine = Jkernprof.view(below, "-u", "1", results.toString());

    assertEquals(0, new BigDecimal("0.001").compareTo(fromFile.timerUnitSeconds()));
    assertEquals(0, BigDecimal.ONE.compareTo(fromCommandLine.timerUnitSeconds()));
  }

  @Test
  void profilingTakesViewFromTheFile() throws IOException {
    Path folder = Jkernprof.freshFolder("config-profile");
    Files.writeString(folder.resolve("jkernprof.properties"), "view=true\nskip-zero=true\n");

    JvmResult result = Jkernprof.run(folder, profileArguments(TARGET));

    assertEquals(0, result.exitCode, result.describe());
    LineReport report = ProfileCommandOutput.of(result).report();
    assertTrue(
        report.functions().stream().anyMatch(f -> f.contains("fib")),
        report.functions().toString());
  }

  @Test
  void aMistakeInTheFileStopsTheCommandWithOneLineNamingTheFile() throws IOException {
    Path folder = Jkernprof.freshFolder("config-broken");
    Path config = Files.writeString(folder.resolve("jkernprof.properties"), "unti=1e-3\n");

    JvmResult result = Jkernprof.run(folder, profileArguments(TARGET));

    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, "the program must not have run\n" + result.describe());
    List<String> lines = result.stderrLines().stream().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("jkernprof: error in " + config), lines.get(0));
    assertTrue(lines.get(0).contains("unknown key 'unti'"), lines.get(0));
  }

  /** {@code -l OPTIONS -cp CLASSPATH MAIN} for the target. */
  static String[] profileArguments(Target target, String... options) {
    List<String> arguments = new ArrayList<>();
    arguments.add("-l");
    arguments.addAll(List.of(options));
    List<String> java = target.command(List.of());
    // java -cp CLASSPATH MAIN: everything after "java".
    arguments.addAll(java.subList(1, java.size()));
    return arguments.toArray(new String[0]);
  }

  private static Path profileInto(Path folder) {
    Path results = folder.resolve("x.lprof");
    JvmResult run =
        ChildJvm.run(
            TARGET.command(List.of(ProfiledRun.agentOption("output=" + results, "quiet"))),
            folder,
            "profiled");
    assertEquals(0, run.exitCode, run.describe());
    return results;
  }
}
