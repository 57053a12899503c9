package org.jkernprof.agent;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Copies the recorder runtime ({@code org/jkernprof/agent/rt/}) out of the agent jar into a small
 * temporary jar of its own, for the bootstrap class path. Only the runtime goes there; the rest of
 * the agent stays with the system class loader.
 */
final class RuntimeJar {
  static final String RUNTIME_PACKAGE = "org/jkernprof/agent/rt/";

  private RuntimeJar() {}

  /** Builds the runtime jar from wherever {@code anchor} was loaded: the agent jar or a folder. */
  static JarFile extract(Class<?> anchor) throws IOException {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("cannot tell where the agent was loaded from");
    }
    Path location;
    try {
      location = Paths.get(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("agent location is not a file: " + source.getLocation(), e);
    }
    Path jar = Files.createTempFile("jkernprof-runtime-", ".jar");
    jar.toFile().deleteOnExit();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      if (Files.isDirectory(location)) {
        copyFromFolder(location, out);
      } else {
        copyFromJar(location, out);
      }
    }
    return new JarFile(jar.toFile());
  }

  private static void copyFromJar(Path agentJar, JarOutputStream out) throws IOException {
    try (JarFile in = new JarFile(agentJar.toFile())) {
      Enumeration<JarEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().startsWith(RUNTIME_PACKAGE) && !entry.isDirectory()) {
          try (InputStream data = in.getInputStream(entry)) {
            copy(entry.getName(), data, out);
          }
        }
      }
    }
  }

  private static void copyFromFolder(Path classes, JarOutputStream out) throws IOException {
    Path runtime = classes.resolve(RUNTIME_PACKAGE.replace('/', File.separatorChar));
    try (Stream<Path> files = Files.list(runtime)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        try (InputStream data = Files.newInputStream(file)) {
          copy(RUNTIME_PACKAGE + file.getFileName(), data, out);
        }
      }
    }
  }

  private static void copy(String name, InputStream data, JarOutputStream out) throws IOException {
    out.putNextEntry(new JarEntry(name));
    data.transferTo((OutputStream) out);
    out.closeEntry();
  }
}
