package org.jkernprof.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.testsupport.Jdk25;

/**
 * The sample under {@code src/test/versions} compiled by JDK 25's javac with {@code --release N}
 * for every N from 8 to 25: one corpus per class file version, whose types resolve against JDK 25's
 * own modules.
 */
final class VersionedClasses {
  static final int FIRST = 8;
  static final int LAST = 25;

  /** The class the child JVMs run in each release: it exercises all the others. */
  static final String SAMPLE = "versions.Sample";

  private VersionedClasses() {}

  /** Compiles every release into {@code OUTPUT/N}, in one JDK 25 process. */
  static Map<Integer, Path> compile(Path output, Path logDir) {
    List<String> command = new ArrayList<>();
    command.add(Jdk25.home().resolve("bin").resolve("java").toString());
    command.addAll(ChildJvm.SHORT_LIVED);
    command.addAll(
        List.of(
            "-cp",
            BuildPaths.testClasses().toString(),
            ReleaseCompiler.class.getName(),
            BuildPaths.versionsSource().toString(),
            output.toString(),
            String.valueOf(FIRST),
            String.valueOf(LAST)));
    ChildJvm.Ended ended = ChildJvm.run(command, logDir, "compile-releases");
    if (ended.exitCode() != 0) {
      throw new AssertionError("compiling the versioned sample failed:\n" + ended.stderr());
    }
    Map<Integer, Path> dirs = new TreeMap<>();
    for (int release = FIRST; release <= LAST; release++) {
      dirs.put(release, output.resolve(String.valueOf(release)));
    }
    return dirs;
  }

  /** The classes of one release, resolving types against JDK 25. */
  static Corpus corpus(int release, Path dir, ClassFileSource jdk25, ClassFileSource runtime) {
    ClassFileSource classes = ClassFileSource.directory(dir);
    return new Corpus(
        "java-" + release,
        "Java " + release,
        classes.readAll(),
        new ClassHierarchy(List.of(classes, jdk25, runtime)));
  }

  /** The class file major version javac writes for {@code --release N}. */
  static int majorVersion(int release) {
    return release + 44;
  }
}
