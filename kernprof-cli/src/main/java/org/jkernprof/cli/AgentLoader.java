package org.jkernprof.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Loads the agent jar into a running JVM with options, through a fresh attach each time; every
 * failure becomes a {@link CliException} that says in one line why.
 */
final class AgentLoader {
  private final long pid;
  private final Path agentJar;

  AgentLoader(long pid, Path agentJar) {
    this.pid = pid;
    this.agentJar = agentJar;
  }

  /** Loads the agent with {@code options}; returns when its {@code agentmain} has. */
  void load(String options) {
    if (refusesAttach(pid)) {
      throw doesNotAcceptAttach(pid);
    }
    VirtualMachine vm;
    try {
      vm = VirtualMachine.attach(Long.toString(pid));
    } catch (AttachNotSupportedException e) {
      throw doesNotAcceptAttach(pid);
    } catch (IOException | RuntimeException e) {
      throw cannotAttach(e);
    }
    try {
      vm.loadAgent(agentJar.toString(), options);
    } catch (AgentLoadException | AgentInitializationException | IOException | RuntimeException e) {
      throw cannotAttach(e);
    } finally {
      try {
        vm.detach();
      } catch (IOException e) {
        // The agent ran; a connection that does not close cleanly changes nothing.
      }
    }
  }

  /**
   * Whether the JVM's command line turns the attach mechanism off: it would then ignore the attach
   * request, and the JDK would wait ten seconds for it (and the JVM print a thread dump). Such a
   * JVM is not even listed as attachable.
   */
  static boolean refusesAttach(long pid) {
    Path cmdline = Paths.get("/proc", Long.toString(pid), "cmdline");
    try {
      String command = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
      return command.contains("-XX:+DisableAttachMechanism");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static CliException doesNotAcceptAttach(long pid) {
    return new CliException(
        "cannot attach to "
            + pid
            + ": it does not accept attach (was it started with -XX:+DisableAttachMechanism?)");
  }

  private CliException cannotAttach(Exception e) {
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    return new CliException("cannot attach to " + pid + ": " + reason.replace('\n', ' '));
  }
}
