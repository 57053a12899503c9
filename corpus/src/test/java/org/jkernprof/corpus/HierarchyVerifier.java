package org.jkernprof.corpus;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's {@link SimpleVerifier} with its type questions answered from class files ({@link
 * ClassHierarchy}) instead of loaded classes. Whether a value may be passed where a type is
 * expected follows the JVM's verifier, which takes any object for an interface type; merging two
 * types at a join finds their common superclass, as ASM does.
 */
final class HierarchyVerifier extends SimpleVerifier {
  private static final String OBJECT = "java/lang/Object";

  private final ClassHierarchy hierarchy;

  HierarchyVerifier(ClassHierarchy hierarchy, String owner) {
    super(Opcodes.ASM9, Type.getObjectType(owner), superType(hierarchy, owner), List.of(), false);
    this.hierarchy = hierarchy;
  }

  private static Type superType(ClassHierarchy hierarchy, String owner) {
    String superName = hierarchy.header(owner).superName();
    return superName == null ? null : Type.getObjectType(superName);
  }

  @Override
  protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
    Type type = value.getType();
    Type expectedType = expected.getType();
    if (type == null || expectedType == null) {
      return type == null && expectedType == null;
    }
    switch (expectedType.getSort()) {
      case Type.INT:
      case Type.FLOAT:
      case Type.LONG:
      case Type.DOUBLE:
        return type.equals(expectedType);
      case Type.ARRAY:
      case Type.OBJECT:
        if (type.equals(NULL_TYPE)) {
          return true;
        }
        return isReference(type) && passesAs(type, expectedType);
      default:
        throw new AssertionError("unexpected expected type " + expectedType);
    }
  }

  /** The JVM verifier's assignability: an interface type takes any object, but only some arrays. */
  private boolean passesAs(Type from, Type target) {
    if (target.equals(from)) {
      return true;
    }
    if (target.getSort() == Type.ARRAY) {
      return from.getSort() == Type.ARRAY && componentPassesAs(component(from), component(target));
    }
    String name = target.getInternalName();
    if (name.equals(OBJECT)) {
      return true;
    }
    if (hierarchy.header(name).isInterface()) {
      return from.getSort() != Type.ARRAY || isArrayInterface(name);
    }
    return from.getSort() == Type.OBJECT && hierarchy.isSubclassOf(from.getInternalName(), name);
  }

  private boolean componentPassesAs(Type from, Type target) {
    return isReference(from) && isReference(target) ? passesAs(from, target) : from.equals(target);
  }

  @Override
  protected boolean isAssignableFrom(Type type, Type other) {
    if (type.equals(other) || other.equals(NULL_TYPE)) {
      return true;
    }
    if (type.getSort() == Type.ARRAY) {
      if (other.getSort() != Type.ARRAY) {
        return false;
      }
      Type component = component(type);
      Type otherComponent = component(other);
      return isReference(component) && isReference(otherComponent)
          ? isAssignableFrom(component, otherComponent)
          : component.equals(otherComponent);
    }
    String name = type.getInternalName();
    if (other.getSort() == Type.ARRAY) {
      return name.equals(OBJECT) || isArrayInterface(name);
    }
    return hierarchy.isSubclassOf(other.getInternalName(), name);
  }

  @Override
  protected boolean isInterface(Type type) {
    return type.getSort() == Type.OBJECT && hierarchy.header(type.getInternalName()).isInterface();
  }

  @Override
  protected Type getSuperClass(Type type) {
    if (type.getSort() == Type.ARRAY) {
      return Type.getObjectType(OBJECT);
    }
    ClassHierarchy.Header header = hierarchy.header(type.getInternalName());
    return header.isInterface() || header.superName() == null
        ? null
        : Type.getObjectType(header.superName());
  }

  @Override
  protected Class<?> getClass(Type type) {
    throw new UnsupportedOperationException("types are resolved from class files: " + type);
  }

  private static boolean isReference(Type type) {
    return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
  }

  private static boolean isArrayInterface(String name) {
    return name.equals("java/lang/Cloneable") || name.equals("java/io/Serializable");
  }

  private static Type component(Type array) {
    return Type.getType(array.getDescriptor().substring(1));
  }
}
