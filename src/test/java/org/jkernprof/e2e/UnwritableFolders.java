package org.jkernprof.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ways to keep a program from writing into a results folder, for {@link UnwritableResultsTest}, and
 * the reason the agent must give for each. Each is probed once: a way this machine does not allow
 * is skipped, not failed.
 */
final class UnwritableFolders {
  /** How a folder is made read-only here: permissions bind only users other than root. */
  private enum ReadOnly {
    PERMISSIONS,
    IMMUTABLE_ATTRIBUTE,
    NOT_POSSIBLE
  }

  private static final Path PROBES = BuildPaths.runsDir().resolve("UnwritableFolders-probes");

  private static ReadOnly readOnly;
  private static Boolean fullFileSystem;

  private UnwritableFolders() {}

  static synchronized boolean canBreak(UnwritableResultsTest.Breakage breakage) {
    switch (breakage) {
      case FOLDER_READ_ONLY:
        return readOnlyWay() != ReadOnly.NOT_POSSIBLE;
      case DISK_FULL:
        if (fullFileSystem == null) {
          fullFileSystem = probeFullFileSystem();
        }
        return fullFileSystem;
      default:
        return true;
    }
  }

  /** What the agent must say after the colon that follows the results file's name. */
  static String reason(UnwritableResultsTest.Breakage breakage, Path folder) {
    switch (breakage) {
      case FOLDER_REMOVED:
        return "folder " + folder + " no longer exists";
      case FOLDER_READ_ONLY:
        return readOnlyWay() == ReadOnly.PERMISSIONS
            ? "permission denied in folder " + folder
            : "Operation not permitted";
      case FILE_SIZE_LIMIT:
        return "File too large (the file size limit, ulimit -f, is reached)";
      default:
        return "No space left on device";
    }
  }

  /** Makes {@code folder} refuse new files, as the way probed allows. */
  static void makeReadOnly(Path folder) throws IOException {
    if (readOnlyWay() == ReadOnly.PERMISSIONS) {
      if (!folder.toFile().setWritable(false, false)) {
        throw new IOException("cannot make " + folder + " read-only");
      }
    } else if (run("chattr", "+i", folder.toString()) != 0) {
      throw new IOException("chattr +i " + folder + " failed");
    }
  }

  /** Undoes {@link #makeReadOnly}, if it was done. */
  static void repair(UnwritableResultsTest.Breakage breakage, Path folder) {
    if (breakage != UnwritableResultsTest.Breakage.FOLDER_READ_ONLY || !Files.isDirectory(folder)) {
      return;
    }
    if (readOnlyWay() == ReadOnly.PERMISSIONS) {
      folder.toFile().setWritable(true, false);
    } else {
      run("chattr", "-i", folder.toString());
    }
  }

  /**
   * The words before a command that run it with {@code folder} on a full file system of its own (a
   * small tmpfs, mounted in a new user and mount namespace, holding {@code older} as {@code
   * fileName} and a file that fills it). After the command, what the folder holds is listed in
   * {@code DIR/listing} and {@code fileName} copied to {@code DIR/after}, since the file system
   * ends with the namespace; the command's exit code is passed on.
   */
  static List<String> onAFullFileSystem(Path folder, String fileName, Path older, Path dir) {
    String script =
        String.join(
            "\n",
            "folder=$1; name=$2; older=$3; listing=$4; after=$5; shift 5",
            "mount -t tmpfs -o size=64k jkernprof-full \"$folder\" || exit 97",
            "cp \"$older\" \"$folder/$name\" || exit 98",
            "dd if=/dev/zero of=\"$folder/filler\" bs=4096 2>/dev/null",
            "\"$@\"",
            "status=$?",
            "ls -A \"$folder\" > \"$listing\"",
            "cp \"$folder/$name\" \"$after\"",
            "exit $status");
    return List.of(
        "unshare",
        "-r",
        "-m",
        "bash",
        "-c",
        script,
        "bash",
        folder.toString(),
        fileName,
        older.toString(),
        dir.resolve("listing").toString(),
        dir.resolve("after").toString());
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static synchronized ReadOnly readOnlyWay() {
    if (readOnly == null) {
      readOnly = probeReadOnly();
    }
    return readOnly;
  }

  private static ReadOnly probeReadOnly() {
    Path folder = PROBES.resolve("read-only");
    try {
      Files.createDirectories(folder);
      File probe = folder.toFile();
      probe.setWritable(false, false);
      boolean refused = !canCreateFileIn(folder);
      probe.setWritable(true, false);
      if (refused) {
        return ReadOnly.PERMISSIONS;
      }
      if (run("chattr", "+i", folder.toString()) == 0) {
        refused = !canCreateFileIn(folder);
        run("chattr", "-i", folder.toString());
        if (refused) {
          return ReadOnly.IMMUTABLE_ATTRIBUTE;
        }
      }
      return ReadOnly.NOT_POSSIBLE;
    } catch (IOException e) {
      return ReadOnly.NOT_POSSIBLE;
    }
  }

  private static boolean canCreateFileIn(Path folder) {
    Path file = folder.resolve("probe");
    try {
      Files.deleteIfExists(file);
      Files.createFile(file);
      Files.delete(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean probeFullFileSystem() {
    Path folder = PROBES.resolve("tmpfs");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(
            "unshare",
            "-r",
            "-m",
            "bash",
            "-c",
            "mount -t tmpfs -o size=64k jkernprof-probe \"$0\"",
            folder.toString())
        == 0;
  }

  /** Runs a small command to its end; its exit code, or -1 if it cannot run. */
  private static int run(String... command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
