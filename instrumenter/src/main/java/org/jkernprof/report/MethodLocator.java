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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;

/**
 * Finds a profiled method's declaration in its parsed source by name and line range, which tells
 * overloads, constructors, compact record constructors and same-named methods of nested, anonymous
 * and local classes apart without resolving any types.
 *
 * <p>Among declarations of the right kind and name (preferring those in the right class), it picks
 * the one containing the most of the method's statistic lines, then the one whose parameter count
 * matches the descriptor, then the smallest. Constructors may own lines outside their declaration
 * (field initializers), so containing every line is not required.
 */
final class MethodLocator {
  private MethodLocator() {}

  static Optional<LocatedDeclaration> locate(CompilationUnit unit, MethodProfile method) {
    List<Candidate> all = candidates(unit, method);
    List<Candidate> inClass =
        all.stream()
            .filter(c -> EnclosingTypes.matches(c.node, method.className()))
            .collect(Collectors.toList());
    List<Candidate> pool = inClass.isEmpty() ? all : inClass;
    List<Integer> lines = method.lines().stream().map(LineStats::line).collect(Collectors.toList());
    if (lines.isEmpty()) {
      // Nothing ran and no line is known: only an unambiguous declaration is a safe answer.
      List<Candidate> sameArity =
          pool.stream().filter(c -> c.arityMatches).collect(Collectors.toList());
      return sameArity.size() == 1 ? Optional.of(sameArity.get(0).declaration) : Optional.empty();
    }
    return pool.stream()
        .filter(c -> c.containedCount(lines) > 0)
        .min(
            Comparator.comparingInt((Candidate c) -> -c.containedCount(lines))
                .thenComparing(c -> !c.arityMatches)
                .thenComparingInt(c -> c.declaration.lineCount())
                .thenComparingInt(c -> c.declaration.beginLine()))
        .map(c -> c.declaration);
  }

  private static List<Candidate> candidates(CompilationUnit unit, MethodProfile method) {
    List<Candidate> found = new ArrayList<>();
    String name = method.methodName();
    int descriptorArity = DescriptorParameters.simpleNames(method.descriptor()).size();
    if (name.equals("<init>")) {
      String written = ClassDisplayNames.constructorName(method.className());
      // Synthetic outer-instance, enum name/ordinal and captured-variable parameters make the
      // descriptor's arity useless for constructors, so every constructor "matches".
      for (ConstructorDeclaration c :
          unit.findAll(ConstructorDeclaration.class, c -> c.getNameAsString().equals(written))) {
        add(found, c, typesOf(c.getParameters()), true);
      }
      for (CompactConstructorDeclaration c :
          unit.findAll(
              CompactConstructorDeclaration.class, c -> c.getNameAsString().equals(written))) {
        List<String> components =
            c.findAncestor(RecordDeclaration.class)
                .map(r -> typesOf(r.getParameters()))
                .orElse(List.of());
        add(found, c, components, true);
      }
    } else if (name.equals("<clinit>")) {
      for (InitializerDeclaration i :
          unit.findAll(InitializerDeclaration.class, InitializerDeclaration::isStatic)) {
        add(found, i, List.of(), true);
      }
    } else {
      for (MethodDeclaration m :
          unit.findAll(MethodDeclaration.class, m -> m.getNameAsString().equals(name))) {
        add(found, m, typesOf(m.getParameters()), m.getParameters().size() == descriptorArity);
      }
    }
    return found;
  }

  private static void add(
      List<Candidate> found, Node node, List<String> parameterTypes, boolean arityMatches) {
    Optional<Range> range = node.getRange();
    if (range.isPresent()) {
      LocatedDeclaration declaration =
          new LocatedDeclaration(range.get().begin.line, range.get().end.line, parameterTypes);
      found.add(new Candidate(node, declaration, arityMatches));
    }
  }

  private static List<String> typesOf(NodeList<Parameter> parameters) {
    List<String> types = new ArrayList<>(parameters.size());
    for (Parameter p : parameters) {
      types.add(p.getType().toString() + (p.isVarArgs() ? "..." : ""));
    }
    return types;
  }

  private static final class Candidate {
    final Node node;
    final LocatedDeclaration declaration;
    final boolean arityMatches;

    Candidate(Node node, LocatedDeclaration declaration, boolean arityMatches) {
      this.node = node;
      this.declaration = declaration;
      this.arityMatches = arityMatches;
    }

    int containedCount(List<Integer> lines) {
      int count = 0;
      for (int line : lines) {
        if (declaration.contains(line)) {
          count++;
        }
      }
      return count;
    }
  }
}
