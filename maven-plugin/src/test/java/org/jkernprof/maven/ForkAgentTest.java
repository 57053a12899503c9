package org.jkernprof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkAgentTest {
  @Test
  void theJvmIdIsThisProcessIdAndStable() {
    String id = ForkAgent.jvmId();
    assertEquals(String.valueOf(ProcessHandle.current().pid()), id.substring(0, id.indexOf('-')));
    assertEquals(id, ForkAgent.jvmId());
  }

  @Test
  void anotherJvmGetsAnotherId() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PrintJvmId.class.getName())
            .redirectErrorStream(true)
            .start();
    String childId = new String(child.getInputStream().readAllBytes()).trim();
    assertEquals(0, child.waitFor());
    assertNotEquals(ForkAgent.jvmId(), childId);
    List<String> parts = new ArrayList<>(List.of(childId.split("-")));
    assertEquals(2, parts.size(), childId);
  }

  /** Prints its JVM's id: the other JVM of {@link #anotherJvmGetsAnotherId}. */
  public static final class PrintJvmId {
    public static void main(String[] args) {
      System.out.println(ForkAgent.jvmId());
    }
  }
}
