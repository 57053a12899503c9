package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The orders of a function-level report: pstats' {@code sort_stats} keys, under the names
 * cProfile's {@code -s} takes (aliases included). Times and counts sort largest first, names and
 * lines smallest first; ties are broken by the standard name.
 */
public enum SortKey {
  CUMULATIVE("cumulative time", "cumulative", "cumtime"),
  TOTTIME("internal time", "tottime", "time"),
  NCALLS("call count", "ncalls", "calls"),
  PCALLS("primitive call count", "pcalls"),
  NAME("method name", "name"),
  FILENAME("file name", "filename", "module"),
  LINE("line number", "line"),
  STDNAME("standard name", "stdname"),
  NFL("name/file/line", "nfl");

  private final String description;
  private final List<String> names;

  SortKey(String description, String... names) {
    this.description = description;
    this.names = Collections.unmodifiableList(Arrays.asList(names));
  }

  /** What the report's {@code Ordered by:} line says, as pstats words it. */
  public String description() {
    return description;
  }

  /** The key's name and its aliases, as given to {@code --sort}. */
  public List<String> names() {
    return names;
  }

  /** The key with this exact name or alias. */
  public static Optional<SortKey> parse(String name) {
    for (SortKey key : values()) {
      if (key.names.contains(name)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Every name {@link #parse} accepts, main names first, then the aliases. */
  public static List<String> validNames() {
    List<String> all = new ArrayList<>();
    for (SortKey key : values()) {
      all.add(key.names.get(0));
    }
    for (SortKey key : values()) {
      all.addAll(key.names.subList(1, key.names.size()));
    }
    return all;
  }
}
