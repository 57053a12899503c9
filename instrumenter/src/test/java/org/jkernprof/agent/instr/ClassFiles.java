package org.jkernprof.agent.instr;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.util.CheckClassAdapter;

/** Test helpers for reading, renaming, re-versioning and verifying class files. */
final class ClassFiles {
  private ClassFiles() {}

  static byte[] bytesOf(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  /**
   * Copies a class under a new internal name, with another class file version. Versions before Java
   * 6 cannot carry stack map frames, so they are dropped there.
   */
  static byte[] renamedWithVersion(byte[] classfile, String newName, int version) {
    ClassReader reader = new ClassReader(classfile);
    ClassWriter writer = new ClassWriter(0);
    ClassVisitor versioned =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int v, int access, String name, String sig, String superName, String[] itf) {
            super.visit(version, access, name, sig, superName, itf);
          }
        };
    ClassVisitor renamed =
        new ClassRemapper(versioned, new SimpleRemapper(reader.getClassName(), newName));
    int flags = (version & 0xFFFF) < Opcodes.V1_6 ? ClassReader.SKIP_FRAMES : 0;
    reader.accept(renamed, flags);
    return writer.toByteArray();
  }

  /** ASM's verifier with data-flow analysis; returns its complaints, empty if there are none. */
  static String verify(byte[] classfile, ClassLoader loader) {
    StringWriter out = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(classfile), loader, false, new PrintWriter(out));
    return out.toString();
  }

  /** A loader that defines the given classes itself and delegates everything else. */
  static final class DefiningLoader extends ClassLoader {
    DefiningLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(String internalName, byte[] classfile) {
      return defineClass(internalName.replace('/', '.'), classfile, 0, classfile.length);
    }
  }
}
