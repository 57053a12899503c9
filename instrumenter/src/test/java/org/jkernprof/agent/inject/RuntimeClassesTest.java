package org.jkernprof.agent.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuntimeClassesTest {
  private static final String RT = RuntimeInjector.SOURCE_PACKAGE;

  @Test
  void findsEveryRuntimeClassFromTheRecorders() throws IOException {
    Set<String> found = new TreeSet<>(names(RuntimeClasses.read(RT)));
    assertEquals(classesInTheRuntimeFolder(), found);
  }

  @Test
  void ordersSupertypesAndNestedClassesFirst() throws IOException {
    List<RuntimeClassFile> classes = RuntimeClasses.read(RT);
    List<String> order = names(classes);
    for (RuntimeClassFile c : classes) {
      for (String supertype : c.supertypes()) {
        if (order.contains(supertype)) {
          assertTrue(order.indexOf(supertype) < order.indexOf(c.name()), supertype + " first");
        }
      }
      int dollar = c.name().lastIndexOf('$');
      if (dollar > 0) {
        String outer = c.name().substring(0, dollar);
        assertTrue(order.indexOf(c.name()) < order.indexOf(outer), c.name() + " before " + outer);
      }
    }
  }

  @Test
  void aClassNamesTheRuntimeClassesOfItsConstantsDescriptorsAndSignatures() throws IOException {
    RuntimeClassFile recorder = null;
    for (RuntimeClassFile c : RuntimeClasses.read(RT)) {
      if (c.name().equals(RT + "LineRecorder")) {
        recorder = c;
      }
    }
    Set<String> named = recorder.namedClasses(RT);
    for (String expected :
        List.of("LineRecorder", "LineRecorder$1", "LineCounters", "SlotRegistry", "TestSpans")) {
      assertTrue(named.contains(RT + expected), expected + " in " + named);
    }
    for (String name : named) {
      assertTrue(name.matches("org/jkernprof/agent/rt/[A-Za-z0-9$]+"), name);
    }
  }

  private static List<String> names(List<RuntimeClassFile> classes) {
    List<String> names = new ArrayList<>();
    for (RuntimeClassFile c : classes) {
      names.add(c.name());
    }
    return names;
  }

  private static Set<String> classesInTheRuntimeFolder() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path file : RuntimeClassFolder.classFiles()) {
      String name = file.getFileName().toString().replace(".class", "");
      if (!name.equals("package-info")) {
        names.add(RT + name);
      }
    }
    return names;
  }
}
