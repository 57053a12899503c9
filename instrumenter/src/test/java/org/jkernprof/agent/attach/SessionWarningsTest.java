package org.jkernprof.agent.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionWarningsTest {
  @Test
  void printedLinesAreTakenOnceEachInOrder() {
    SessionWarnings warnings = new SessionWarnings();
    warnings.stream().println("jkernprof: first");
    warnings.stream().print("jkernprof: sec");
    warnings.stream().println("ond, with ünïcode");
    warnings.stream().println();
    assertEquals(List.of("jkernprof: first", "jkernprof: second, with ünïcode"), warnings.take());
    assertEquals(List.of(), warnings.take());
  }

  @Test
  void beyondTheLimitWarningsAreCountedNotKept() {
    SessionWarnings warnings = new SessionWarnings();
    for (int i = 0; i < SessionWarnings.LIMIT + 5; i++) {
      warnings.stream().println("jkernprof: warning " + i);
    }
    List<String> taken = warnings.take();
    assertEquals(SessionWarnings.LIMIT + 1, taken.size());
    assertEquals("jkernprof: warning 0", taken.get(0));
    assertEquals("jkernprof: 5 more warnings not shown", taken.get(SessionWarnings.LIMIT));
  }

  @Test
  void aStatusCarriesItsWarningsThroughItsFile(@TempDir Path session) throws IOException {
    AttachStatus.started(3, List.of("jkernprof: one", "jkernprof: two = 2\\n")).writeTo(session);
    AttachStatus read = AttachStatus.readFrom(session).orElseThrow();
    assertEquals(List.of("jkernprof: one", "jkernprof: two = 2\\n"), read.warnings());
    assertEquals(3, read.rewritten());

    AttachStatus.stopped("", 1, "/x.lprof", List.of()).writeTo(session);
    assertEquals(List.of(), AttachStatus.readFrom(session).orElseThrow().warnings());
    assertEquals(1, Files.list(session).count(), "one status file, no temporary left");
  }
}
