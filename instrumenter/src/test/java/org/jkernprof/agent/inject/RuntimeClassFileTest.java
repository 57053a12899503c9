package org.jkernprof.agent.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.agent.rt.LineRecorder;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.util.TraceClassVisitor;

class RuntimeClassFileTest {
  private static final String RT = RuntimeInjector.SOURCE_PACKAGE;
  private static final String TARGET = RuntimeInjector.TARGET_PREFIX;

  /** Constants that take two constant pool indices, which the reader must step over. */
  static final long WIDE_LONG = 1L << 40;

  static final double WIDE_DOUBLE = 2.5e300;

  @Test
  void renamesEveryRuntimeClassExactlyAsAsmsRemapperDoes() throws IOException {
    List<Path> classFiles = RuntimeClassFolder.classFiles();
    assertTrue(classFiles.size() >= 5, "the runtime's classes: " + classFiles);
    for (Path file : classFiles) {
      if (file.getFileName().toString().equals("Stable.class")) {
        // The annotation's own class moves like the others; its uses become the JDK's @Stable.
        continue;
      }
      byte[] original = Files.readAllBytes(file);
      byte[] renamed = new RuntimeClassFile(original).renamed(RT, TARGET);
      assertEquals(text(remappedByAsm(original, RT, TARGET)), text(renamed), file.toString());
      assertFalse(
          new String(renamed, StandardCharsets.ISO_8859_1).contains(RT),
          file + " still names " + RT);
    }
  }

  /** The JIT honours the JDK's {@code @Stable} in java.base: the runtime's own becomes it. */
  @Test
  void theRuntimesStableAnnotationBecomesTheJdks() throws IOException {
    List<String> stable = new ArrayList<>();
    for (Path file : RuntimeClassFolder.classFiles()) {
      byte[] renamed = new RuntimeClassFile(Files.readAllBytes(file)).renamed(RT, TARGET);
      ClassNode cls = new ClassNode();
      new ClassReader(renamed).accept(cls, 0);
      for (FieldNode f : cls.fields) {
        if (f.visibleAnnotations != null
            && f.visibleAnnotations.stream()
                .anyMatch(a -> a.desc.equals("Ljdk/internal/vm/annotation/Stable;"))) {
          stable.add(cls.name + "." + f.name);
        }
      }
    }
    assertEquals(List.of(TARGET + "LineRecorder$PrimaryHits.ARRAYS"), stable);
  }

  @Test
  void stepsOverLongAndDoubleConstants() throws IOException {
    byte[] original = classBytes(RuntimeClassFileTest.class);
    // A prefix of this class's own name, made at run time so no string constant holds it.
    String from = RuntimeClassFile.class.getName().replace('.', '/');
    byte[] renamed = new RuntimeClassFile(original).renamed(from, "renamed/RuntimeClassFile");
    assertEquals(text(remappedByAsm(original, from, "renamed/RuntimeClassFile")), text(renamed));
    assertEquals("renamed/RuntimeClassFileTest", new RuntimeClassFile(renamed).name());
  }

  @Test
  void namesTheClassAndItsSupertypes() throws IOException {
    RuntimeClassFile recorder = new RuntimeClassFile(classBytes(LineRecorder.class));
    assertEquals(RT + "LineRecorder", recorder.name());
    assertEquals(List.of("java/lang/Object"), recorder.supertypes());
    RuntimeClassFile self = new RuntimeClassFile(classBytes(RuntimeClassFileTest.class));
    assertEquals(List.of("java/lang/Object"), self.supertypes());
    RuntimeClassFile list = new RuntimeClassFile(classBytes(ArrayList.class));
    assertEquals(
        List.of(
            "java/util/AbstractList",
            "java/util/List",
            "java/util/RandomAccess",
            "java/lang/Cloneable",
            "java/io/Serializable"),
        list.supertypes());
  }

  @Test
  void refusesWhatIsNotAClassFile() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuntimeClassFile("not a class".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("not a class file", e.getMessage());
  }

  private static byte[] remappedByAsm(byte[] classfile, String from, String to) {
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(classfile)
        .accept(
            new ClassRemapper(
                writer,
                new Remapper() {
                  @Override
                  public String map(String internalName) {
                    if (internalName.equals(from + "Stable")) {
                      return "jdk/internal/vm/annotation/Stable";
                    }
                    return internalName.startsWith(from)
                        ? to + internalName.substring(from.length())
                        : internalName;
                  }
                }),
            0);
    return writer.toByteArray();
  }

  /** The class as ASM prints it: equal text, equal class (constant pool order aside). */
  private static String text(byte[] classfile) {
    StringWriter out = new StringWriter();
    new ClassReader(classfile).accept(new TraceClassVisitor(new PrintWriter(out)), 0);
    return out.toString();
  }

  private static byte[] classBytes(Class<?> type) throws IOException {
    String name = type.getName();
    try (InputStream in =
        type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }
}
