package org.jkernprof.cli;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The JVMs of this user that the JDK's Attach API lists, this one left out. A process it does not
 * list is never attached to: attaching sends a signal that would end a process which is not a JVM.
 */
final class AttachableJvms {
  private AttachableJvms() {}

  /** Fails with a message that says what to do if this Java has no Attach API. */
  static void requireAttachApi() {
    if (!ModuleLayer.boot().findModule("jdk.attach").isPresent()) {
      throw new CliException(
          "this Java runtime ("
              + System.getProperty("java.home")
              + ") has no jdk.attach module; run jkernprof with a full JDK to attach");
    }
  }

  /** Every attachable JVM but this one, by process id. */
  static List<AttachableJvm> list() {
    long self = ProcessHandle.current().pid();
    List<AttachableJvm> jvms = new ArrayList<>();
    for (VirtualMachineDescriptor descriptor : VirtualMachine.list()) {
      long pid;
      try {
        pid = Long.parseLong(descriptor.id());
      } catch (NumberFormatException e) {
        continue;
      }
      if (pid != self) {
        jvms.add(new AttachableJvm(pid, descriptor.displayName()));
      }
    }
    jvms.sort(Comparator.comparingLong(AttachableJvm::pid));
    return jvms;
  }

  /** The JVM with process id {@code pid}, if it is listed. */
  static Optional<AttachableJvm> find(long pid) {
    return list().stream().filter(jvm -> jvm.pid() == pid).findFirst();
  }
}
