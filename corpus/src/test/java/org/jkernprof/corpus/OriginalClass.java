package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What saying why a method got no probes needs from the original class: its flags, whether it is an
 * anonymous or local class, and per method its flags, whether it has code and line numbers. Read
 * with a visitor: building every method's instruction list would cost more than the rest of the
 * check.
 */
record OriginalClass(int access, boolean enclosedInMethod, List<Method> methods) {
  record Method(String name, String desc, int access, boolean hasCode, boolean hasLines) {}

  static OriginalClass read(byte[] classfile) {
    List<Method> methods = new ArrayList<>();
    int[] access = new int[1];
    boolean[] enclosed = new boolean[1];
    new ClassReader(classfile)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version, int acc, String name, String sig, String sup, String[] itfs) {
                access[0] = acc;
              }

              @Override
              public void visitOuterClass(String owner, String name, String descriptor) {
                enclosed[0] = true;
              }

              @Override
              public MethodVisitor visitMethod(
                  int acc, String name, String desc, String sig, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                  private boolean hasCode;
                  private boolean hasLines;

                  @Override
                  public void visitCode() {
                    hasCode = true;
                  }

                  @Override
                  public void visitLineNumber(int line, Label start) {
                    hasLines = true;
                  }

                  @Override
                  public void visitEnd() {
                    methods.add(new Method(name, desc, acc, hasCode, hasLines));
                  }
                };
              }
            },
            ClassReader.SKIP_FRAMES);
    return new OriginalClass(access[0], enclosed[0], methods);
  }
}
