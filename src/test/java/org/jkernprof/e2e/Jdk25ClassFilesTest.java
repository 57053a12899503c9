package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Java 25 class files: a target compiled with JDK 25's javac {@code --release 25} runs on JDK 25
 * under the agent with {@code -Xverify:all}. The JDK is found at {@code -Djkernprof.jdk25}; if it
 * is missing the test fails, unless {@code -Djkernprof.skipJdk25=true}.
 */
class Jdk25ClassFilesTest extends ValidationTestBase {
  private static final String MAIN = "org.jkernprof.e2e.jdk25.Modern";
  private static final int JAVA_25_MAJOR_VERSION = 69;

  private Path classes;

  @Override
  protected Target target() {
    Target target = Jdk25Target.compile(MAIN, getClass().getSimpleName());
    classes = target.classpath.get(0);
    return target;
  }

  @Test
  void theTargetIsAJava25ClassFile() throws IOException {
    Path file = classes.resolve(MAIN.replace('.', '/') + ".class");
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      assertEquals(0xCAFEBABE, in.readInt());
      in.readUnsignedShort(); // minor version
      assertEquals(JAVA_25_MAJOR_VERSION, in.readUnsignedShort(), "major version of " + file);
    }
  }
}
