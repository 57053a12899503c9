package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.MethodChange;

/**
 * A diff of line results with each method's listing, as every rendering of it shows it (the text of
 * {@link DiffReportRenderer}, the document of {@link DiffDocument}): the methods compared line by
 * line, largest change first; their listings taken from the text the newer runs saved (the code
 * they ran), else from today's sources; lines paired by their text when the base runs' text is
 * known (their sources given, or the text they saved), else by number. Built once for all the
 * renderings of a diff, since it reads and parses the sources.
 */
public final class DiffComparison {
  private final LineResultsDiff diff;
  private final MethodListings listings;
  private final List<ComparedMethod> methods;
  private final String pairingNote;
  private final boolean pairedByText;

  private DiffComparison(
      LineResultsDiff diff,
      MethodListings listings,
      List<ComparedMethod> methods,
      String pairingNote,
      boolean pairedByText) {
    this.diff = diff;
    this.listings = listings;
    this.methods = Collections.unmodifiableList(methods);
    this.pairingNote = pairingNote;
    this.pairedByText = pairedByText;
  }

  /**
   * @param sources where today's sources are, for methods whose text the newer runs did not save
   * @param baseSources the base runs' sources as they were, if given
   * @param highlighted whether the listings carry the colours of the source (a page shows them, the
   *     text does not)
   */
  public static DiffComparison of(
      LineResultsDiff diff,
      SourceResolver sources,
      Optional<SourceResolver> baseSources,
      boolean highlighted) {
    MethodListings listings =
        MethodListings.savedFirst(new SourceFiles(sources, highlighted), diff.changedRuns());
    boolean baseText = diff.baseRuns().stream().anyMatch(LineResults::hasSources);
    Optional<MethodListings> baseListings = baseListings(diff.baseRuns(), baseSources, baseText);
    List<ComparedMethod> methods = new ArrayList<>();
    for (MethodChange method : diff.methods()) {
      methods.add(ComparedMethod.of(method, listings, baseListings));
    }
    // Lines paired by text may change a method's hits, hence its place.
    methods.sort((a, b) -> MethodChange.LARGEST_FIRST.compare(a.change, b.change));
    return new DiffComparison(
        diff,
        listings,
        methods,
        pairingNote(baseSources.isPresent(), baseText),
        baseListings.isPresent());
  }

  LineResultsDiff diff() {
    return diff;
  }

  /** Every method of the diff, largest change first. */
  List<ComparedMethod> methods() {
    return methods;
  }

  /** The changes of {@link #methods()}, in their order. */
  List<MethodChange> changes() {
    List<MethodChange> changes = new ArrayList<>();
    methods.forEach(m -> changes.add(m.change));
    return changes;
  }

  /** The listing of {@code method}, built now if its pairing did not need it. */
  MethodListing listing(ComparedMethod method) {
    return method.listing(listings);
  }

  /** Whether lines were paired by their text (else by number). */
  boolean pairedByText() {
    return pairedByText;
  }

  /** One line saying how the lines were paired. */
  String pairingNote() {
    return pairingNote;
  }

  /**
   * The base runs' listings, when lines are paired by their text: from {@code baseSources} where
   * given (the text the base runs saved where those lack a method), else from the text the base
   * runs saved, when they did ({@code baseText}).
   */
  private static Optional<MethodListings> baseListings(
      List<LineResults> baseRuns, Optional<SourceResolver> baseSources, boolean baseText) {
    if (baseSources.isPresent()) {
      return Optional.of(
          MethodListings.diskFirst(new SourceFiles(baseSources.get(), false), baseRuns));
    }
    if (!baseText) {
      return Optional.empty();
    }
    SourceFiles none = new SourceFiles(new SourceResolver(List.of()), false);
    return Optional.of(MethodListings.savedFirst(none, baseRuns));
  }

  /** How lines were paired: by their text (whose text for the base) or by number. */
  static String pairingNote(boolean baseSourcePath, boolean baseText) {
    String marks = "; Was: the line's number before, !: its text changed";
    if (baseSourcePath) {
      return "Lines paired by their text in the two sources" + marks;
    }
    if (baseText) {
      return "Lines paired by their text, the base's as saved with its results" + marks;
    }
    return "Lines paired by number: the base results carry no source text (--base-source-path"
        + " gives it)";
  }
}
