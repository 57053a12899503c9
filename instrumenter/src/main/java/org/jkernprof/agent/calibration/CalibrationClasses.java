package org.jkernprof.agent.calibration;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the agent's calibrations get their code: the class files of the agent's own calibration
 * classes, and a class loader of their own to define the instrumented copies in, so that the
 * program's classes never see them.
 */
public final class CalibrationClasses extends ClassLoader {
  /** A new loader whose parent is the agent's. */
  public CalibrationClasses() {
    super(CalibrationClasses.class.getClassLoader());
  }

  /** Defines the class {@code binaryName} from {@code classFile} in this loader. */
  public Class<?> define(String binaryName, byte[] classFile) {
    return defineClass(binaryName, classFile, 0, classFile.length);
  }

  /** The class file of the agent's class {@code binaryName}, as the agent's jar holds it. */
  public static byte[] classFileOf(String binaryName) throws IOException {
    String resource = "/" + binaryName.replace('.', '/') + ".class";
    try (InputStream in = CalibrationClasses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the agent holds no " + resource.substring(1));
      }
      return in.readAllBytes();
    }
  }
}
