package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.MethodSource;

/**
 * Builds each method's listing: finds its source and declaration, names it, and pairs every row's
 * source line with its statistics. Without a declaration, it lists the text saved with the results
 * if they carry the method's, else the lines from the first to the last one with statistics, which
 * is all the report can know.
 */
final class MethodListings {
  /** Beyond this many lines, a listing without a declaration shows only its statistic lines. */
  private static final int MAX_UNDECLARED_SPAN = 1000;

  private final SourceFiles sources;
  private final Function<MethodProfile, Optional<MethodSource>> saved;
  private final boolean savedFirst;

  /** Listings from the source files only. */
  MethodListings(SourceFiles sources) {
    this(sources, method -> Optional.empty(), false);
  }

  /**
   * Listings from the source files; a method whose declaration they do not have is listed from the
   * text saved with {@code results}, when they carry it.
   */
  MethodListings(SourceFiles sources, LineResults results) {
    this(sources, results::sourceOf, false);
  }

  /**
   * Listings from the source files; a method whose declaration they do not have is listed from the
   * text saved with the first of {@code runs} that carries it.
   */
  static MethodListings diskFirst(SourceFiles sources, List<LineResults> runs) {
    return new MethodListings(sources, method -> savedText(runs, method), false);
  }

  private MethodListings(
      SourceFiles sources,
      Function<MethodProfile, Optional<MethodSource>> saved,
      boolean savedFirst) {
    this.sources = sources;
    this.saved = saved;
    this.savedFirst = savedFirst;
  }

  /**
   * Listings from the text saved with the first of {@code runs} that carries a method's, the text
   * the run executed; from the source files for a method none carries.
   */
  static MethodListings savedFirst(SourceFiles sources, List<LineResults> runs) {
    return new MethodListings(sources, method -> savedText(runs, method), true);
  }

  private static Optional<MethodSource> savedText(List<LineResults> runs, MethodProfile method) {
    for (LineResults run : runs) {
      Optional<MethodSource> text = run.sourceOf(method);
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  MethodListing build(MethodProfile method) {
    Optional<MethodSource> text = saved.apply(method);
    if (savedFirst && text.isPresent()) {
      return fromSaved(method, text.get(), Optional.empty());
    }
    String expectedPath = expectedSourcePath(method);
    LoadedSource source = sources.get(expectedPath);
    Optional<LocatedDeclaration> declaration =
        source.declarations().flatMap(declarations -> MethodLocator.locate(declarations, method));
    Optional<String> note = source.problem();
    if (declaration.isEmpty() && text.isPresent()) {
      String why = note.orElse("Declaration not found in " + source.displayPath());
      return fromSaved(
          method, text.get(), Optional.of(why + "; showing the text saved with the results"));
    }
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
   * The listing of {@code text}, saved with the results: its lines in its order, then any line with
   * statistics it does not list.
   */
  private static MethodListing fromSaved(
      MethodProfile method, MethodSource text, Optional<String> note) {
    Map<Integer, LineStats> statsByLine = statsByLine(method);
    List<ListingRow> rows = new ArrayList<>();
    Set<Integer> listed = new HashSet<>(text.lineNumbers());
    for (int i = 0; i < text.lineNumbers().size(); i++) {
      int line = text.lineNumbers().get(i);
      rows.add(
          new ListingRow(line, Optional.ofNullable(statsByLine.get(line)), text.texts().get(i)));
    }
    for (LineStats stats : method.lines()) {
      if (!listed.contains(stats.line())) {
        rows.add(new ListingRow(stats.line(), Optional.of(stats), ""));
      }
    }
    return new MethodListing(
        method,
        expectedSourcePath(method),
        text.filePath(),
        text.functionName(),
        text.declarationLine(),
        note,
        rows);
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
    Map<Integer, LineStats> statsByLine = statsByLine(method);
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

  private static Map<Integer, LineStats> statsByLine(MethodProfile method) {
    // The method's lines come sorted and once each: a hash map suffices to look them up.
    Map<Integer, LineStats> statsByLine = new HashMap<>(2 * method.lines().size());
    for (LineStats stats : method.lines()) {
      statsByLine.put(stats.line(), stats);
    }
    return statsByLine;
  }

  private static ListingRow row(
      int line, Map<Integer, LineStats> statsByLine, LoadedSource source) {
    return new ListingRow(
        line, Optional.ofNullable(statsByLine.get(line)), source.styledLine(line));
  }
}
