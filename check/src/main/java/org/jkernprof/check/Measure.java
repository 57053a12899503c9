package org.jkernprof.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a budget rule bounds, by the name rules give it, with how its limits are written. */
public enum Measure {
  /** Line events: a line's hits, or the sum over a method's lines. Line-by-line results. */
  HITS("hits", "a count such as 120000 or 120_000"),
  /** Calls of a method. Function-level results. */
  CALLS("calls", "a count such as 5000"),
  /** Bytes allocated, callees included: a line's, or a method's. Results of a run with -m. */
  ALLOCATED("allocated", "bytes such as 2MiB, 512KiB or 1000"),
  /** Time per hit of a line, or per call of a method (function level). */
  TIME_PER_HIT("time-per-hit", "a time such as 150ns, 2us, 1.5ms or 1s");

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("([0-9][0-9_,]*(?:\\.[0-9]+)?)\\s*([A-Za-zµ]*)");

  private final String name;
  private final String limitExample;

  Measure(String name, String limitExample) {
    this.name = name;
    this.limitExample = limitExample;
  }

  /** The name rules use: {@code hits}, {@code calls}, {@code allocated}, {@code time-per-hit}. */
  public String ruleName() {
    return name;
  }

  /** The measure a rule names; empty-handed callers get a one-line reason. */
  public static Measure named(String text) {
    for (Measure m : values()) {
      if (m.name.equals(text)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown measure '" + text + "': hits, calls, allocated or time-per-hit");
  }

  /**
   * A limit as written in a rule, in this measure's base unit (counts, bytes, nanoseconds): whole
   * but for times.
   *
   * @throws IllegalArgumentException with a one-line reason
   */
  public double parseLimit(String text) {
    Matcher m = NUMBER_AND_UNIT.matcher(text.trim());
    if (!m.matches()) {
      throw invalidLimit(text);
    }
    String digits = m.group(1).replace("_", "").replace(",", "");
    double number = Double.parseDouble(digits);
    double scale = scale(m.group(2), text);
    double value = number * scale;
    if (value > Long.MAX_VALUE || (this != TIME_PER_HIT && value != Math.rint(value))) {
      throw invalidLimit(text);
    }
    return value;
  }

  private double scale(String unit, String text) {
    switch (this) {
      case HITS:
      case CALLS:
        if (unit.isEmpty()) {
          return 1;
        }
        break;
      case ALLOCATED:
        switch (unit) {
          case "":
          case "B":
            return 1;
          case "KB":
            return 1e3;
          case "MB":
            return 1e6;
          case "GB":
            return 1e9;
          case "KiB":
            return 1024;
          case "MiB":
            return 1024 * 1024;
          case "GiB":
            return 1024.0 * 1024 * 1024;
          default:
            break;
        }
        break;
      case TIME_PER_HIT:
        switch (unit) {
          case "ns":
            return 1;
          case "us":
          case "µs":
            return 1e3;
          case "ms":
            return 1e6;
          case "s":
            return 1e9;
          default:
            break;
        }
        break;
      default:
        break;
    }
    throw invalidLimit(text);
  }

  /** A figure of this measure as a rule's message shows it: {@code 130,000}, {@code 2.1 MiB}. */
  public String format(double value) {
    switch (this) {
      case ALLOCATED:
        return String.format(Locale.ROOT, "%,d bytes", Math.round(value));
      case TIME_PER_HIT:
        return value >= 1e6
            ? String.format(Locale.ROOT, "%.3f ms", value / 1e6)
            : value >= 1e3
                ? String.format(Locale.ROOT, "%.3f us", value / 1e3)
                : String.format(Locale.ROOT, "%.1f ns", value);
      default:
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
  }

  private IllegalArgumentException invalidLimit(String text) {
    return new IllegalArgumentException(
        "invalid limit '" + text.trim() + "' for " + name + ": " + limitExample);
  }
}
