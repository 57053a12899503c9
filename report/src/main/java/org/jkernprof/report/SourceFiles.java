package org.jkernprof.report;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and parses each expected source file once per report. A missing, unreadable or unparsable
 * file is a result with a reason, never an exception.
 */
final class SourceFiles {
  private static final int MAX_PROBLEM_LENGTH = 160;

  private final SourceResolver resolver;
  private final boolean highlight;

  /** Made when the first source is parsed: JavaParser takes a while to load and set up. */
  private JavaParser parser;

  /** Made when the first declaration skeleton is parsed. */
  private JavaParser skeletonParser;

  private final Map<String, LoadedSource> loaded = new HashMap<>();

  SourceFiles(SourceResolver resolver) {
    this(resolver, false);
  }

  /** With {@code highlight}, the lines of Java sources are syntax-highlighted too. */
  SourceFiles(SourceResolver resolver, boolean highlight) {
    this.resolver = resolver;
    this.highlight = highlight;
  }

  /**
   * A parser for the newest Java; comments are not needed, so not attributed to nodes. The level is
   * the newest JavaParser 3.28 knows (records, sealed types, switch patterns, text blocks): its
   * default, Java 11, would reject them. Its rules tell contextual keywords such as {@code yield}
   * apart, which the colours need.
   */
  static JavaParser newParser() {
    // Levels are named here, not in constants: the first use of LanguageLevel builds the
    // validators of every Java version, which takes a report without sources half its time.
    return newParser(LanguageLevel.JAVA_26);
  }

  /**
   * A parser for reports without colours, which need only the declarations: every syntax JavaParser
   * knows, without the checks of one Java version's rules, which cost a third of the parse.
   */
  private static JavaParser newDeclarationsParser() {
    return newParser(LanguageLevel.RAW);
  }

  /**
   * As {@link #newDeclarationsParser}, for a {@link DeclarationSkeleton}: its problems are not
   * shown (the whole text is parsed again to describe them), and it need not find the file's line
   * separator. (Without its tokens, nodes would have no ranges.)
   */
  private static JavaParser newSkeletonParser() {
    return new JavaParser(
        new ParserConfiguration()
            .setLanguageLevel(LanguageLevel.RAW)
            .setAttributeComments(false)
            .setDetectOriginalLineSeparator(false));
  }

  /**
   * A parser of {@code level}'s grammar without its processors: the level's validators check the
   * tree against that Java's rules, which a report does not need and which took half of each file's
   * parse (the grammar itself, not a validator, tells {@code yield} the keyword from a name).
   */
  private static JavaParser newParser(LanguageLevel level) {
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false);
    configuration.getProcessors().clear();
    return new JavaParser(configuration);
  }

  /** The source at {@code relativePath} ({@code com/acme/Foo.java}) below one of the roots. */
  LoadedSource get(String relativePath) {
    return loaded.computeIfAbsent(relativePath, this::load);
  }

  private LoadedSource load(String relativePath) {
    Optional<FoundSource> found = resolver.find(relativePath);
    if (found.isEmpty()) {
      return LoadedSource.unusable(relativePath, List.of(), notFound(relativePath));
    }
    FoundSource source = found.get();
    String shown = source.displayPath();
    if (source.text().isEmpty()) {
      String reason = source.readProblem().orElse("unknown reason");
      return LoadedSource.unusable(
          shown, List.of(), "Source could not be read: " + shown + " (" + oneLine(reason) + ")");
    }
    String text = source.text().get();
    List<String> lines = SourceLines.of(text);
    if (!relativePath.endsWith(".java")) {
      return LoadedSource.unusable(
          shown, lines, "Source could not be parsed: " + shown + " (not a .java file)");
    }
    return parse(shown, text, lines);
  }

  private LoadedSource parse(String shown, String text, List<String> lines) {
    if (!highlight) {
      Optional<CompilationUnit> declarations = parseDeclarations(text);
      if (declarations.isPresent()) {
        return LoadedSource.parsed(shown, lines, declarations.get());
      }
    }
    ParseResult<CompilationUnit> result;
    try {
      result = wholeTextParser().parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      return LoadedSource.unusable(
          shown, lines, "Source could not be parsed: " + shown + " (parser failed: " + e + ")");
    }
    LoadedSource source;
    if (result.isSuccessful() && result.getResult().isPresent()) {
      source = LoadedSource.parsed(shown, lines, result.getResult().get());
    } else {
      String reason =
          result.getProblems().isEmpty() ? "no syntax tree" : describe(result.getProblems().get(0));
      source =
          LoadedSource.unusable(
              shown, lines, "Source could not be parsed: " + shown + " (" + reason + ")");
    }
    // A file with problems may still have its tokens, which is all the colours need.
    if (highlight && result.getResult().isPresent()) {
      Optional<List<StyledText>> styled = JavaHighlighter.highlight(result.getResult().get(), text);
      if (styled.isPresent()) {
        return source.withHighlighting(styled.get());
      }
    }
    return source;
  }

  /**
   * The declarations of {@code text} parsed from its {@link DeclarationSkeleton}, which takes a
   * fraction of the time of a whole parse; empty if there is no skeleton or it does not parse, and
   * the whole text must be parsed (which then says what is wrong).
   */
  private Optional<CompilationUnit> parseDeclarations(String text) {
    Optional<String> skeleton = DeclarationSkeleton.of(text);
    if (skeleton.isEmpty()) {
      return Optional.empty();
    }
    if (skeletonParser == null) {
      skeletonParser = newSkeletonParser();
    }
    try {
      ParseResult<CompilationUnit> result = skeletonParser.parse(skeleton.get());
      return result.isSuccessful() ? result.getResult() : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * The declarations of {@code text} as a plain report finds them: from its skeleton if it has one
   * that parses, else from the whole text; empty if the text does not parse.
   */
  Optional<Declarations> declarationsOf(String text) {
    Optional<CompilationUnit> unit = parseDeclarations(text);
    return unit.isPresent() ? unit.map(Declarations::new) : declarationsOfWholeText(text);
  }

  /** The declarations of {@code text} from a parse of all of it; empty if it does not parse. */
  Optional<Declarations> declarationsOfWholeText(String text) {
    ParseResult<CompilationUnit> result = wholeTextParser().parse(text);
    return result.isSuccessful() ? result.getResult().map(Declarations::new) : Optional.empty();
  }

  private JavaParser wholeTextParser() {
    if (parser == null) {
      parser = highlight ? newParser() : newDeclarationsParser();
    }
    return parser;
  }

  private String notFound(String relativePath) {
    if (resolver.roots().isEmpty()) {
      return "Source not found: " + relativePath + " (no source folders to search)";
    }
    return "Source not found: " + relativePath + " (searched: " + resolver.describeRoots() + ")";
  }

  /** {@code line 3, column 17: Parse error. Found "{"}, without the long list of expectations. */
  private static String describe(Problem problem) {
    String message = problem.getMessage();
    int expected = message.indexOf(", expected");
    if (expected > 0) {
      message = message.substring(0, expected);
    }
    String where =
        problem
            .getLocation()
            .map(range -> offendingToken(range.getBegin()))
            .flatMap(JavaToken::getRange)
            .map(r -> "line " + r.begin.line + ", column " + r.begin.column + ": ")
            .orElse("");
    return where + oneLine(message);
  }

  /** A problem's range starts at the last good token; the one found instead comes next. */
  private static JavaToken offendingToken(JavaToken lastGood) {
    Optional<JavaToken> next = lastGood.getNextToken();
    while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
      next = next.get().getNextToken();
    }
    return next.orElse(lastGood);
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ").trim();
    return flat.length() <= MAX_PROBLEM_LENGTH
        ? flat
        : flat.substring(0, MAX_PROBLEM_LENGTH - 3) + "...";
  }
}
