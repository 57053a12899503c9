package org.jkernprof.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;
import org.jkernprof.results.MethodProfile;

/**
 * A method's change and, when the base run's text is known (its sources, or the text it saved), its
 * listings now and then, with its lines paired by their text. Without it, the listing is built only
 * for a method the report shows.
 */
final class ComparedMethod {
  final MethodChange change;
  private MethodListing listing;
  final Optional<MethodListing> baseListing;

  /** Newer lines whose text the base source does not have at that place. */
  final Set<Integer> changedText;

  private ComparedMethod(
      MethodChange change,
      MethodListing listing,
      Optional<MethodListing> baseListing,
      Set<Integer> changedText) {
    this.change = change;
    this.listing = listing;
    this.baseListing = baseListing;
    this.changedText = changedText;
  }

  static ComparedMethod of(
      MethodChange change, MethodListings listings, Optional<MethodListings> baseListings) {
    Optional<MethodProfile> base = change.baseMethod();
    if (!baseListings.isPresent() || !base.isPresent() || change.isNew()) {
      return new ComparedMethod(change, null, Optional.empty(), new HashSet<>());
    }
    MethodListing listing = listings.build(change.method());
    MethodListing baseListing = baseListings.get().build(base.get());
    Map<Integer, Integer> pairs = SourceAlignment.of(baseListing.rows(), listing.rows());
    if (pairs.isEmpty()) {
      return new ComparedMethod(change, listing, Optional.of(baseListing), new HashSet<>());
    }
    Set<Integer> changedText = new HashSet<>();
    Set<Integer> paired = new HashSet<>(pairs.values());
    for (ListingRow row : listing.rows()) {
      if (!paired.contains(row.line())) {
        changedText.add(row.line());
      }
    }
    return new ComparedMethod(
        change.realigned(pairs), listing, Optional.of(baseListing), changedText);
  }

  /**
   * Its lines' changes by their number in the newer source; a line gone from it (number 0) is not
   * among them.
   */
  Map<Integer, LineChange> linesByNumber() {
    Map<Integer, LineChange> byLine = new HashMap<>();
    for (LineChange line : change.lines()) {
      if (line.line() > 0) {
        byLine.put(line.line(), line);
      }
    }
    return byLine;
  }

  /** Its listing today, built now if it was not for the pairing. */
  MethodListing listing(MethodListings listings) {
    if (listing == null) {
      listing = listings.build(change.method());
    }
    return listing;
  }
}
