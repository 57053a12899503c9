package org.jkernprof.report;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a report needs of one parsed source: every declaration a profiled method can be (methods,
 * constructors, compact record constructors, static initializers) with its lines, parameter types,
 * parameter count and enclosing types, grouped by name in source order. Plain data taken in one
 * pass per kind: the syntax tree can then be dropped, which matters for reports over hundreds of
 * files, and locating every method of a file costs no further walk of it.
 */
final class Declarations {
  /** One declaration, as {@link MethodLocator} weighs it. */
  static final class Declaration {
    final LocatedDeclaration located;
    final int parameterCount;

    /** The enclosing types, outermost first, as {@link EnclosingTypes#chainOf} gives them. */
    final List<String> enclosingTypes;

    private Declaration(LocatedDeclaration located, int parameterCount, List<String> enclosing) {
      this.located = located;
      this.parameterCount = parameterCount;
      this.enclosingTypes = enclosing;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Declaration)) {
        return false;
      }
      Declaration other = (Declaration) o;
      return located.equals(other.located)
          && parameterCount == other.parameterCount
          && enclosingTypes.equals(other.enclosingTypes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(located, parameterCount, enclosingTypes);
    }

    /** {@code Outer.<anonymous> 12-20(int)}. */
    @Override
    public String toString() {
      return String.join(".", enclosingTypes) + " " + located;
    }
  }

  private final Map<String, List<Declaration>> methods = new HashMap<>();
  private final Map<String, List<Declaration>> constructors = new HashMap<>();
  private final Map<String, List<Declaration>> compactConstructors = new HashMap<>();
  private final List<Declaration> staticInitializers = new ArrayList<>();

  Declarations(CompilationUnit unit) {
    // One walk in source order rather than a findAll per kind: each walk of a tree costs about a
    // twentieth of parsing it.
    unit.walk(Node.TreeTraversal.PREORDER, this::add);
  }

  private void add(Node node) {
    if (node instanceof MethodDeclaration) {
      MethodDeclaration m = (MethodDeclaration) node;
      add(group(methods, m.getNameAsString()), m, typesOf(m.getParameters()));
    } else if (node instanceof ConstructorDeclaration) {
      ConstructorDeclaration c = (ConstructorDeclaration) node;
      add(group(constructors, c.getNameAsString()), c, typesOf(c.getParameters()));
    } else if (node instanceof CompactConstructorDeclaration) {
      CompactConstructorDeclaration c = (CompactConstructorDeclaration) node;
      List<String> components =
          c.findAncestor(RecordDeclaration.class)
              .map(r -> typesOf(r.getParameters()))
              .orElse(List.of());
      add(group(compactConstructors, c.getNameAsString()), c, components);
    } else if (node instanceof InitializerDeclaration
        && ((InitializerDeclaration) node).isStatic()) {
      add(staticInitializers, node, List.of());
    }
  }

  /** How many declarations there are, of every kind. */
  int count() {
    int count = staticInitializers.size();
    for (Map<String, List<Declaration>> kind :
        List.of(methods, constructors, compactConstructors)) {
      for (List<Declaration> group : kind.values()) {
        count += group.size();
      }
    }
    return count;
  }

  /** Equal when they hold the same declarations, in the same order. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Declarations)) {
      return false;
    }
    Declarations other = (Declarations) o;
    return methods.equals(other.methods)
        && constructors.equals(other.constructors)
        && compactConstructors.equals(other.compactConstructors)
        && staticInitializers.equals(other.staticInitializers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(methods, constructors, compactConstructors, staticInitializers);
  }

  @Override
  public String toString() {
    return "methods "
        + new TreeMap<>(methods)
        + ", constructors "
        + new TreeMap<>(constructors)
        + ", compact constructors "
        + new TreeMap<>(compactConstructors)
        + ", static initializers "
        + staticInitializers;
  }

  List<Declaration> methods(String name) {
    return methods.getOrDefault(name, List.of());
  }

  List<Declaration> constructors(String name) {
    return constructors.getOrDefault(name, List.of());
  }

  /** Compact canonical constructors of records named {@code name}, with the components' types. */
  List<Declaration> compactConstructors(String name) {
    return compactConstructors.getOrDefault(name, List.of());
  }

  List<Declaration> staticInitializers() {
    return staticInitializers;
  }

  private static void add(List<Declaration> group, Node node, List<String> parameterTypes) {
    Optional<Range> range = node.getRange();
    if (range.isPresent()) {
      LocatedDeclaration located =
          new LocatedDeclaration(range.get().begin.line, range.get().end.line, parameterTypes);
      group.add(new Declaration(located, parameterTypes.size(), EnclosingTypes.chainOf(node)));
    }
  }

  private static List<Declaration> group(Map<String, List<Declaration>> groups, String name) {
    List<Declaration> group = groups.get(name);
    if (group == null) {
      group = new ArrayList<>();
      groups.put(name, group);
    }
    return group;
  }

  private static List<String> typesOf(NodeList<Parameter> parameters) {
    List<String> types = new ArrayList<>(parameters.size());
    for (Parameter p : parameters) {
      // asString, not toString: the same text but for the spaces after commas, without setting
      // up a pretty printer for every parameter.
      types.add(p.getType().asString().replace(",", ", ") + (p.isVarArgs() ? "..." : ""));
    }
    return types;
  }
}
