package org.jkernprof.agent.instr;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Class files javac no longer writes, generated with ASM for the instrumenter's tests. */
final class GeneratedClasses {
  private GeneratedClasses() {}

  /**
   * A Java 5 class whose {@code @Profile static int withSubroutine(int x)} calls a JSR/RET
   * subroutine, as javac 1.4 compiled {@code finally}. It returns {@code x + 1}. Lines: 10 and 11
   * before the call, 20 in the subroutine, 12 after it; each runs once.
   */
  static byte[] java5WithSubroutine(String name) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    cw.visitSource("Generated.java", null);
    MethodVisitor mv =
        cw.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "withSubroutine", "(I)I", null, null);
    mv.visitAnnotation(ProfileAnnotation.DESCRIPTOR, true).visitEnd();
    mv.visitCode();
    Label subroutine = new Label();
    line(mv, 10);
    mv.visitVarInsn(Opcodes.ILOAD, 0);
    mv.visitVarInsn(Opcodes.ISTORE, 1);
    line(mv, 11);
    mv.visitJumpInsn(Opcodes.JSR, subroutine);
    line(mv, 12);
    mv.visitVarInsn(Opcodes.ILOAD, 1);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitLabel(subroutine);
    mv.visitLineNumber(20, subroutine);
    mv.visitVarInsn(Opcodes.ASTORE, 2);
    mv.visitIincInsn(1, 1);
    mv.visitVarInsn(Opcodes.RET, 2);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  /**
   * A Java 11 class with two {@code @Profile} methods: {@code huge()}, {@code lines} one-line
   * statements long, which fits the 64 KB code limit only without probes, and {@code small()},
   * which returns 42.
   */
  static byte[] withHugeMethod(String name, int lines) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    cw.visitSource("Generated.java", null);
    MethodVisitor huge =
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "huge", "(I)I", null, null);
    huge.visitAnnotation(ProfileAnnotation.DESCRIPTOR, false).visitEnd();
    huge.visitCode();
    for (int i = 0; i < lines; i++) {
      line(huge, 100 + i);
      huge.visitIincInsn(0, 1);
    }
    huge.visitVarInsn(Opcodes.ILOAD, 0);
    huge.visitInsn(Opcodes.IRETURN);
    huge.visitMaxs(0, 0);
    huge.visitEnd();

    MethodVisitor small =
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "small", "()I", null, null);
    small.visitAnnotation(ProfileAnnotation.DESCRIPTOR, false).visitEnd();
    small.visitCode();
    line(small, 5);
    small.visitIntInsn(Opcodes.BIPUSH, 42);
    small.visitInsn(Opcodes.IRETURN);
    small.visitMaxs(0, 0);
    small.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  /**
   * A Java 11 class whose {@code @Profile static Object mixed(boolean flag)} returns {@code 1} or
   * {@code 2}, boxed: line 10 tests the flag, line 11 pushes 1, the other branch pushes 2 still on
   * line 10, both meet at {@code Integer.valueOf}, and the {@code areturn} is on line 10 again. The
   * clock probes count line 10 a second time only after line 11; counting probes cannot tell, since
   * a call that may throw sits between the merge and the line start.
   */
  static byte[] withMergeBeforeACall(String name) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    cw.visitSource("Generated.java", null);
    MethodVisitor mv =
        cw.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "mixed", "(Z)Ljava/lang/Object;", null, null);
    mv.visitAnnotation(ProfileAnnotation.DESCRIPTOR, true).visitEnd();
    mv.visitCode();
    Label otherwise = new Label();
    Label join = new Label();
    line(mv, 10);
    mv.visitVarInsn(Opcodes.ILOAD, 0);
    mv.visitJumpInsn(Opcodes.IFEQ, otherwise);
    line(mv, 11);
    mv.visitInsn(Opcodes.ICONST_1);
    mv.visitJumpInsn(Opcodes.GOTO, join);
    mv.visitLabel(otherwise);
    mv.visitInsn(Opcodes.ICONST_2);
    mv.visitLabel(join);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
    line(mv, 10);
    mv.visitInsn(Opcodes.ARETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void line(MethodVisitor mv, int line) {
    Label label = new Label();
    mv.visitLabel(label);
    mv.visitLineNumber(line, label);
  }
}
