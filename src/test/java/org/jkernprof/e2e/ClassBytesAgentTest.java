package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jkernprof.e2e.targets.Greeter;
import org.junit.jupiter.api.Test;

/**
 * The premise of the attach tests' byte checks: {@link CurrentClassBytesAgent} reads the same bytes
 * for a class time after time, sees another agent's change while that agent's transformer is in,
 * and the class as loaded again once it is out. The change here is one another agent could make (a
 * text in the constant pool), and the server's answers show that the JVM runs it.
 */
class ClassBytesAgentTest {
  @Test
  void readsTheBytesInUseBeforeDuringAndAfterAnotherAgentsChange() throws Exception {
    Path dir = Jkernprof.freshFolder("class-bytes-agent");
    try (GreetingServerJvm server =
        GreetingServerJvm.start(BuildPaths.currentJavaHome(), dir, "-Xverify:all")) {
      CurrentClassBytes.Snapshot before = server.greeterBytes();
      assertEquals(before.sha256(), server.greeterBytes().sha256(), "read twice: " + before);
      assertTrue(before.contains("hello "), before.toString());
      assertFalse(before.callsTheRecorder(), before.toString());
      assertEquals(Greeter.greet(11), server.greet(11));

      CurrentClassBytes.modify(server.classBytesPort, GreetingServerJvm.GREETER, "hello", "HELLO");
      CurrentClassBytes.Snapshot modified;
      try {
        modified = server.greeterBytes();
        assertEquals(Greeter.greet(11).replace("hello", "HELLO"), server.greet(11));
      } finally {
        CurrentClassBytes.unmodify(server.classBytesPort, GreetingServerJvm.GREETER);
      }
      assertNotEquals(before.sha256(), modified.sha256(), modified.toString());
      assertEquals(before.bytes().length, modified.bytes().length, modified.toString());
      assertTrue(modified.contains("HELLO "), modified.toString());

      CurrentClassBytes.Snapshot after = server.greeterBytes();
      assertEquals(before.sha256(), after.sha256(), "after the change was taken out: " + after);
      assertEquals(Greeter.greet(11), server.greet(11));

      JvmResult ended = server.stop();
      assertEquals(0, ended.exitCode, ended.describe());
      assertEquals("", ended.stderr, ended.describe());
    }
  }
}
