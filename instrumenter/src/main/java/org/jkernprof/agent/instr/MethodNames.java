package org.jkernprof.agent.instr;

import org.objectweb.asm.Type;

/** Turns JVM names into the ones a Java developer reads: {@code com.acme.Foo.bar(int, String)}. */
final class MethodNames {
  private MethodNames() {}

  static String readable(String internalClassName, String methodName, String descriptor) {
    String className = Type.getObjectType(internalClassName).getClassName();
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String name = "<init>".equals(methodName) ? simple : methodName;
    StringBuilder sb = new StringBuilder(className).append('.').append(name).append('(');
    Type[] args = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i].getClassName();
      sb.append(i == 0 ? "" : ", ").append(arg.substring(arg.lastIndexOf('.') + 1));
    }
    return sb.append(')').toString();
  }
}
