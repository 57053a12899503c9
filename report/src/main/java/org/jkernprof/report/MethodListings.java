package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;

/**
 * Builds each method's listing: finds its source and declaration, names it, and pairs every row's
 * source line with its statistics. Without a declaration, it lists the lines from the first to the
 * last one with statistics, which is all the report can know.
 */
final class MethodListings {
  /** Beyond this many lines, a listing without a declaration shows only its statistic lines. */
  private static final int MAX_UNDECLARED_SPAN = 1000;

  private final SourceFiles sources;

  MethodListings(SourceFiles sources) {
    this.sources = sources;
  }

  MethodListing build(MethodProfile method) {
    String expectedPath = expectedSourcePath(method);
    LoadedSource source = sources.get(expectedPath);
    Optional<LocatedDeclaration> declaration =
        source.declarations().flatMap(declarations -> MethodLocator.locate(declarations, method));
    Optional<String> note = source.problem();
    if (note.isEmpty() && declaration.isEmpty()) {
      note =
          Optional.of(
              "Declaration not found in "
                  + source.displayPath()
                  + "; showing the lines with statistics");
    }
    List<String> parameters =
        declaration
            .map(LocatedDeclaration::parameterTypes)
            .orElseGet(() -> DescriptorParameters.simpleNames(method.descriptor()));
    return new MethodListing(
        method,
        expectedPath,
        source.displayPath(),
        functionName(method, parameters),
        declaration.map(LocatedDeclaration::beginLine).orElse(method.firstLine()),
        note,
        rows(method, source, declaration));
  }

  /**
   * The Java convention's path of the method's source file; when the class file recorded no source
   * file name, the top-level class's name is the best guess.
   */
  static String expectedSourcePath(MethodProfile method) {
    if (!method.sourcePath().isEmpty()) {
      return method.sourcePath();
    }
    String simple = method.simpleClassName();
    int nested = simple.indexOf('$', 1);
    String topLevel = nested < 0 ? simple : simple.substring(0, nested);
    String pkg = method.packageName();
    return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + '/') + topLevel + ".java";
  }

  /** {@code Outer.Inner.method(int, String)}; a constructor is named after its class. */
  static String functionName(MethodProfile method, List<String> parameters) {
    String name =
        method.methodName().equals("<init>")
            ? ClassDisplayNames.constructorName(method.className())
            : method.methodName();
    return ClassDisplayNames.simpleName(method.className())
        + '.'
        + name
        + '('
        + String.join(", ", parameters)
        + ')';
  }

  private static List<ListingRow> rows(
      MethodProfile method, LoadedSource source, Optional<LocatedDeclaration> declaration) {
    // The method's lines come sorted and once each: a hash map suffices to look them up.
    Map<Integer, LineStats> statsByLine = new HashMap<>(2 * method.lines().size());
    for (LineStats stats : method.lines()) {
      statsByLine.put(stats.line(), stats);
    }
    List<ListingRow> rows = new ArrayList<>();
    if (declaration.isPresent()) {
      LocatedDeclaration d = declaration.get();
      for (int line = d.beginLine(); line <= d.endLine(); line++) {
        rows.add(row(line, statsByLine, source));
      }
      // Lines the method owns outside its declaration (a constructor's field initializers).
      for (LineStats stats : method.lines()) {
        if (!d.contains(stats.line())) {
          rows.add(row(stats.line(), statsByLine, source));
        }
      }
    } else if (!statsByLine.isEmpty()) {
      int first = method.firstLine();
      int last = method.lastLine();
      if ((long) last - first <= MAX_UNDECLARED_SPAN) {
        for (int line = first; line <= last; line++) {
          rows.add(row(line, statsByLine, source));
        }
      } else {
        for (LineStats stats : method.lines()) {
          rows.add(row(stats.line(), statsByLine, source));
        }
      }
    }
    return rows;
  }

  private static ListingRow row(
      int line, Map<Integer, LineStats> statsByLine, LoadedSource source) {
    return new ListingRow(
        line, Optional.ofNullable(statsByLine.get(line)), source.styledLine(line));
  }
}
