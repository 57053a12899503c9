package org.jkernprof.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/** The corpus's own verifier rejects what the JVM would, so a clean tally means something. */
class BytecodeVerifierTest {
  private final Map<String, byte[]> generated = new HashMap<>();
  private final BytecodeVerifier verifier =
      new BytecodeVerifier(
          new ClassHierarchy(
              List.of(
                  ClassFileSource.jdk(null, "java.base"),
                  generated::get,
                  name -> classBytes(name.replace('/', '.')))));

  /** Branches between NEW and the constructor call: frames name the uninitialized object. */
  static Object pick(boolean first) {
    return new StringBuilder(first ? "first" : "second");
  }

  /** Joins a StringBuilder and a String: the verifier must find a common type they pass as. */
  static CharSequence common(boolean first) {
    return first ? new StringBuilder("a") : "b";
  }

  @Test
  void acceptsWhatJavacWrote() {
    assertEquals(List.of(), verifier.verify(read(classBytes(getClass().getName()))));
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "x/Bad", null, "java/lang/Object", null);
    MethodVisitor m =
        writer.visitMethod(Opcodes.ACC_STATIC, "f", "()Ljava/lang/Runnable;", null, null);
    m.visitCode();
    m.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
    m.visitInsn(Opcodes.DUP);
    m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    m.visitInsn(Opcodes.ARETURN); // the JVM takes any object for an interface: fine
    m.visitMaxs(2, 0);
    m.visitEnd();
    MethodVisitor g = writer.visitMethod(Opcodes.ACC_STATIC, "g", "()I", null, null);
    g.visitCode();
    g.visitLdcInsn("text");
    g.visitInsn(Opcodes.IRETURN);
    g.visitMaxs(1, 0);
    g.visitEnd();
    MethodVisitor h =
        writer.visitMethod(Opcodes.ACC_STATIC, "h", "()Ljava/lang/Integer;", null, null);
    h.visitCode();
    h.visitLdcInsn("text");
    h.visitInsn(Opcodes.ARETURN); // a String is no Integer
    h.visitMaxs(1, 0);
    h.visitEnd();
    writer.visitEnd();

    generated.put("x/Bad", writer.toByteArray());

    List<String> problems = verifier.verify(read(generated.get("x/Bad")));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("g()I: "), problems.get(0));
    assertTrue(problems.get(1).startsWith("h()Ljava/lang/Integer;: "), problems.get(1));
  }

  @Test
  void rejectsAFrameThatNamesAnUninitializedObjectByAnotherInstructionsLabel() {
    ClassNode cls = read(classBytes(getClass().getName()));
    MethodNode pick =
        cls.methods.stream().filter(m -> m.name.equals("pick")).findFirst().orElseThrow();
    AbstractInsnNode newInsn = pick.instructions.getFirst();
    while (newInsn.getOpcode() != Opcodes.NEW) {
      newInsn = newInsn.getNext();
    }
    // What a probe put in front of the NEW, after its label, did before the fix.
    pick.instructions.insertBefore(newInsn, new InsnNode(Opcodes.NOP));
    ClassWriter writer = new ClassWriter(0);
    cls.accept(writer);

    List<String> problems = verifier.verify(read(writer.toByteArray()));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("not at its NEW"), problems.get(0));
  }

  private static ClassNode read(byte[] classfile) {
    ClassNode cls = new ClassNode();
    new ClassReader(classfile).accept(cls, ClassReader.EXPAND_FRAMES);
    return cls;
  }

  private static byte[] classBytes(String className) {
    String resource = "/" + className.replace('.', '/') + ".class";
    try (InputStream in = BytecodeVerifierTest.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
