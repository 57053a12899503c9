package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
  private final Optional<MethodListing> baseListing;

  /** Newer lines whose text the base source does not have at that place. */
  private final Set<Integer> changedText;

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
   * Its rows, for {@code listing} (its listing today): every line of the listing with its figures,
   * then the lines with figures the listing does not show, then the base lines gone from the newer
   * source, with their text in the base listing.
   */
  List<DiffRow> rows(MethodListing listing) {
    Map<Integer, LineChange> byLine = new HashMap<>();
    for (LineChange line : change.lines()) {
      if (line.line() > 0) {
        byLine.put(line.line(), line);
      }
    }
    List<DiffRow> rows = new ArrayList<>();
    Set<Integer> listed = new HashSet<>();
    for (ListingRow row : listing.rows()) {
      listed.add(row.line());
      rows.add(
          DiffRow.listed(
              row, Optional.ofNullable(byLine.get(row.line())), changedText.contains(row.line())));
    }
    for (LineChange line : change.lines()) {
      if (line.line() > 0 && !listed.contains(line.line())) {
        rows.add(DiffRow.unlisted(line));
      }
    }
    for (LineChange line : change.lines()) {
      if (line.line() == 0) {
        rows.add(DiffRow.gone(line, baseText(line.baseLine())));
      }
    }
    return rows;
  }

  /** The text of line {@code number} in the base listing; empty without one. */
  private String baseText(int number) {
    return baseListing
        .flatMap(
            b ->
                b.rows().stream()
                    .filter(r -> r.line() == number)
                    .map(ListingRow::contents)
                    .findFirst())
        .orElse("");
  }

  /** Its listing today, built now if it was not for the pairing. */
  MethodListing listing(MethodListings listings) {
    if (listing == null) {
      listing = listings.build(change.method());
    }
    return listing;
  }
}
