package org.jkernprof.report;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether a declaration sits in the class a binary name denotes, by comparing the chain of
 * enclosing types with the name's {@code $}-separated parts: {@code Outer$Inner} is member type
 * Inner of Outer, {@code Outer$1} an anonymous class, {@code Outer$1Local} a local class.
 */
final class EnclosingTypes {
  private EnclosingTypes() {}

  /** Whether a declaration whose enclosing types are {@code chain} sits in that class. */
  static boolean matches(List<String> chain, String binaryClassName) {
    String simple = binaryClassName.substring(binaryClassName.lastIndexOf('.') + 1);
    String[] parts = simple.split("\\$", -1);
    if (chain.size() != parts.length) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!chain.get(i).equals(expectedLevel(parts[i]))) {
        return false;
      }
    }
    return true;
  }

  /** How {@link #chainOf} writes the level a binary name part denotes. */
  private static String expectedLevel(String part) {
    int digits = 0;
    while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return part;
    }
    return digits == part.length() ? "<anonymous>" : "<local>" + part.substring(digits);
  }

  /**
   * The enclosing types, outermost first: {@code Outer}, {@code <anonymous>}, {@code <local>Foo}.
   */
  static List<String> chainOf(Node declaration) {
    List<String> chain = new ArrayList<>();
    Node child = declaration;
    Optional<Node> parent = declaration.getParentNode();
    while (parent.isPresent()) {
      Node p = parent.get();
      describe(p, child).ifPresent(chain::add);
      child = p;
      parent = p.getParentNode();
    }
    Collections.reverse(chain);
    return List.copyOf(chain);
  }

  private static Optional<String> describe(Node node, Node child) {
    if (node instanceof TypeDeclaration) {
      String name = ((TypeDeclaration<?>) node).getNameAsString();
      boolean local =
          node.getParentNode()
              .map(
                  p ->
                      p instanceof LocalClassDeclarationStmt
                          || p instanceof LocalRecordDeclarationStmt)
              .orElse(false);
      return Optional.of(local ? "<local>" + name : name);
    }
    // Only members of the anonymous body belong to the anonymous class, not the arguments.
    if (node instanceof ObjectCreationExpr) {
      boolean inBody =
          ((ObjectCreationExpr) node)
              .getAnonymousClassBody()
              .map(body -> body.stream().anyMatch(member -> member == child))
              .orElse(false);
      return inBody ? Optional.of("<anonymous>") : Optional.empty();
    }
    if (node instanceof EnumConstantDeclaration) {
      boolean inBody =
          ((EnumConstantDeclaration) node)
              .getClassBody().stream().anyMatch(member -> member == child);
      return inBody ? Optional.of("<anonymous>") : Optional.empty();
    }
    return Optional.empty();
  }
}
