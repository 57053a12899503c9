package org.jkernprof.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where class files are read from by internal name: a jar, a folder, or a JDK's modules. */
interface ClassFileSource {
  /** The class file of {@code internalName}, or {@code null} if this source has none. */
  byte[] read(String internalName);

  /**
   * Every class file of the source but {@code module-info} and what sits under {@code META-INF}
   * (the versioned copies of a multi-release jar), by internal name.
   *
   * @throws UnsupportedOperationException if the source can only be asked by name
   */
  default SortedMap<String, byte[]> readAll() {
    throw new UnsupportedOperationException("this source cannot list its classes");
  }

  static ClassFileSource jar(Path jar) {
    return new Jar(jar);
  }

  static ClassFileSource directory(Path dir) {
    return new Directory(dir);
  }

  /** The modules of the JDK at {@code javaHome}, or of the running one if it is null. */
  static ClassFileSource jdk(Path javaHome, String moduleToList) {
    return new Jdk(javaHome, moduleToList);
  }

  private static boolean isCorpusEntry(String path) {
    return path.endsWith(".class")
        && !path.startsWith("META-INF/")
        && !path.endsWith("module-info.class");
  }

  /** A jar, kept open for the whole run; {@link ZipFile} may be read from several threads. */
  final class Jar implements ClassFileSource {
    private final ZipFile zip;

    Jar(Path jar) {
      try {
        zip = new ZipFile(jar.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + jar, e);
      }
    }

    @Override
    public byte[] read(String internalName) {
      ZipEntry entry = zip.getEntry(internalName + ".class");
      return entry == null ? null : bytes(entry);
    }

    @Override
    public SortedMap<String, byte[]> readAll() {
      SortedMap<String, byte[]> all = new TreeMap<>();
      zip.stream()
          .filter(e -> isCorpusEntry(e.getName()))
          .forEach(e -> all.put(e.getName().substring(0, e.getName().length() - 6), bytes(e)));
      return all;
    }

    private byte[] bytes(ZipEntry entry) {
      try (InputStream in = zip.getInputStream(entry)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry + " from " + zip.getName(), e);
      }
    }
  }

  /** A folder of class files, as javac's {@code -d} writes them. */
  final class Directory implements ClassFileSource {
    private final Path dir;

    Directory(Path dir) {
      this.dir = dir;
    }

    @Override
    public byte[] read(String internalName) {
      Path file = dir.resolve(internalName + ".class");
      try {
        return Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public SortedMap<String, byte[]> readAll() {
      SortedMap<String, byte[]> all = new TreeMap<>();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String path = dir.relativize(file).toString().replace('\\', '/');
          if (isCorpusEntry(path)) {
            all.put(path.substring(0, path.length() - 6), Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return all;
    }
  }

  /**
   * A JDK's class files through its {@code jrt:} file system; another JDK than the running one is
   * read through that JDK's own {@code jrt-fs.jar}.
   */
  final class Jdk implements ClassFileSource {
    private final FileSystem jrt;
    private final String moduleToList;
    private final Map<String, List<Path>> modulesByPackage = new ConcurrentHashMap<>();

    Jdk(Path javaHome, String moduleToList) {
      this.moduleToList = moduleToList;
      try {
        jrt =
            javaHome == null
                ? FileSystems.getFileSystem(URI.create("jrt:/"))
                : FileSystems.newFileSystem(
                    URI.create("jrt:/"), Map.of("java.home", javaHome.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the modules of the JDK at " + javaHome, e);
      }
    }

    @Override
    public byte[] read(String internalName) {
      int slash = internalName.lastIndexOf('/');
      String pkg = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
      for (Path module : modulesByPackage.computeIfAbsent(pkg, this::modulesOf)) {
        Path file = module.resolve(internalName + ".class");
        if (Files.exists(file)) {
          try {
            return Files.readAllBytes(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return null;
    }

    /** The modules that hold the package, from the {@code /packages} index of the image. */
    private List<Path> modulesOf(String pkg) {
      List<Path> modules = new ArrayList<>();
      Path index = jrt.getPath("/packages", pkg);
      if (pkg.isEmpty() || !Files.isDirectory(index)) {
        return modules;
      }
      try (Stream<Path> links = Files.list(index)) {
        links.forEach(link -> modules.add(jrt.getPath("/modules", link.getFileName().toString())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return modules;
    }

    /** The class files of the module this source was made to list. */
    @Override
    public SortedMap<String, byte[]> readAll() {
      return new Directory(jrt.getPath("/modules", moduleToList)).readAll();
    }
  }
}
