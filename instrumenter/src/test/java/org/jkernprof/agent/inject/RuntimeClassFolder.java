package org.jkernprof.agent.inject;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.agent.rt.LineRecorder;

/** The compiled classes of the recorder runtime, as the build wrote them. */
final class RuntimeClassFolder {
  private RuntimeClassFolder() {}

  /** Every {@code .class} file of the runtime's package, package-info included. */
  static List<Path> classFiles() throws IOException {
    Path classes;
    try {
      classes =
          Path.of(LineRecorder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Path> files = new ArrayList<>();
    Path folder = classes.resolve(RuntimeInjector.SOURCE_PACKAGE);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.class")) {
      entries.forEach(files::add);
    }
    return files;
  }
}
