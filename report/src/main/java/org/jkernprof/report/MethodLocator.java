package org.jkernprof.report;

import com.github.javaparser.ast.CompilationUnit;
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
    return locate(new Declarations(unit), method);
  }

  /** As {@link #locate(CompilationUnit, MethodProfile)}, among a source's declarations. */
  static Optional<LocatedDeclaration> locate(Declarations declarations, MethodProfile method) {
    List<Candidate> all = candidates(declarations, method);
    List<Candidate> inClass =
        all.stream()
            .filter(c -> EnclosingTypes.matches(c.declaration.enclosingTypes, method.className()))
            .collect(Collectors.toList());
    List<Candidate> pool = inClass.isEmpty() ? all : inClass;
    List<Integer> lines = method.lines().stream().map(LineStats::line).collect(Collectors.toList());
    if (lines.isEmpty()) {
      // Nothing ran and no line is known: only an unambiguous declaration is a safe answer.
      List<Candidate> sameArity =
          pool.stream().filter(c -> c.arityMatches).collect(Collectors.toList());
      return sameArity.size() == 1
          ? Optional.of(sameArity.get(0).declaration.located)
          : Optional.empty();
    }
    return pool.stream()
        .filter(c -> c.containedCount(lines) > 0)
        .min(
            Comparator.comparingInt((Candidate c) -> -c.containedCount(lines))
                .thenComparing(c -> !c.arityMatches)
                .thenComparingInt(c -> c.declaration.located.lineCount())
                .thenComparingInt(c -> c.declaration.located.beginLine()))
        .map(c -> c.declaration.located);
  }

  private static List<Candidate> candidates(Declarations declarations, MethodProfile method) {
    List<Candidate> found = new ArrayList<>();
    String name = method.methodName();
    if (name.equals("<init>")) {
      String written = ClassDisplayNames.constructorName(method.className());
      // Synthetic outer-instance, enum name/ordinal and captured-variable parameters make the
      // descriptor's arity useless for constructors, so every constructor "matches".
      for (Declarations.Declaration c : declarations.constructors(written)) {
        found.add(new Candidate(c, true));
      }
      for (Declarations.Declaration c : declarations.compactConstructors(written)) {
        found.add(new Candidate(c, true));
      }
    } else if (name.equals("<clinit>")) {
      for (Declarations.Declaration i : declarations.staticInitializers()) {
        found.add(new Candidate(i, true));
      }
    } else {
      int descriptorArity = DescriptorParameters.simpleNames(method.descriptor()).size();
      for (Declarations.Declaration m : declarations.methods(name)) {
        found.add(new Candidate(m, m.parameterCount == descriptorArity));
      }
    }
    return found;
  }

  private static final class Candidate {
    final Declarations.Declaration declaration;
    final boolean arityMatches;

    Candidate(Declarations.Declaration declaration, boolean arityMatches) {
      this.declaration = declaration;
      this.arityMatches = arityMatches;
    }

    int containedCount(List<Integer> lines) {
      int count = 0;
      for (int line : lines) {
        if (declaration.located.contains(line)) {
          count++;
        }
      }
      return count;
    }
  }
}
