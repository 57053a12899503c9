package org.jkernprof.results;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the profiler's own probes cost in one run, measured in the profiled JVM at the end of the
 * run through the real probe code, and how to take that cost out of a line's time.
 *
 * <p>A probe reads the clock, then does its bookkeeping, and the processor runs that end of the
 * probe beside the line's own work: a line of almost no work is charged the whole probe, a line of
 * more work hides part of it. So the cost is measured as a curve: for lines whose true cost (timed
 * without probes) is {@link #work()}, what the runtime charged per probe ({@link #charged()}). A
 * line's own time per probe is read back off that curve from what it was charged, and the curve's
 * slope there times the measurement's spread is how far it may be off. Also kept: what one entry
 * into a profiled frame adds, and, for the record, what a probe cost before the JIT compiled the
 * code around it. Immutable.
 */
public final class ProbeCalibration {
  private final double[] work;
  private final double[] charged;
  private final double spreadNanos;
  private final double entryNanos;
  private final double entrySpreadNanos;
  private final double interpretedEventNanos;

  /** The points of the curve the inverse uses: increasing in both, at least one. */
  private final double[] usedWork;

  private final double[] usedCharged;

  /**
   * @param work true nanoseconds of the measured lines, per run of a line, in increasing order
   * @param charged nanoseconds charged to each of them per probe that ran in its time
   * @param spreadNanos how far the charged figures moved over the last measuring rounds
   * @param entryNanos what one entry into a profiled frame adds, beyond its clock-reading probes
   * @param entrySpreadNanos how far that figure moved
   * @param interpretedEventNanos what one clock-reading probe added in code not yet compiled
   */
  public ProbeCalibration(
      double[] work,
      double[] charged,
      double spreadNanos,
      double entryNanos,
      double entrySpreadNanos,
      double interpretedEventNanos) {
    if (work.length == 0
        || work.length != charged.length
        || !allFiniteAndNotNegative(work)
        || !allFiniteAndNotNegative(charged)
        || !allFiniteAndNotNegative(
            new double[] {spreadNanos, entryNanos, entrySpreadNanos, interpretedEventNanos})) {
      throw new IllegalArgumentException(
          "probe costs must be finite and not negative, one charge per line of known work: "
              + Arrays.toString(work)
              + " "
              + Arrays.toString(charged));
    }
    this.work = work.clone();
    this.charged = charged.clone();
    this.spreadNanos = spreadNanos;
    this.entryNanos = entryNanos;
    this.entrySpreadNanos = entrySpreadNanos;
    this.interpretedEventNanos = interpretedEventNanos;
    // Noise can make a point charged no more than the one before: the curve skips it.
    int used = 1;
    double[] w = new double[work.length];
    double[] c = new double[work.length];
    w[0] = work[0];
    c[0] = charged[0];
    for (int i = 1; i < work.length; i++) {
      if (work[i] > w[used - 1] && charged[i] > c[used - 1]) {
        w[used] = work[i];
        c[used] = charged[i];
        used++;
      }
    }
    usedWork = Arrays.copyOf(w, used);
    usedCharged = Arrays.copyOf(c, used);
  }

  private static boolean allFiniteAndNotNegative(double[] values) {
    for (double v : values) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** True nanoseconds of the measured lines, in increasing order. */
  public double[] work() {
    return work.clone();
  }

  /** Nanoseconds charged to each of them per probe. */
  public double[] charged() {
    return charged.clone();
  }

  public double spreadNanos() {
    return spreadNanos;
  }

  public double entryNanos() {
    return entryNanos;
  }

  public double entrySpreadNanos() {
    return entrySpreadNanos;
  }

  public double interpretedEventNanos() {
    return interpretedEventNanos;
  }

  /** What a probe costs a line of almost no work: the most it costs any line. */
  public double cheapLineEventNanos() {
    return Math.max(0, charged[0] - work[0]);
  }

  /** What a probe costs the line of most work measured: the least it costs a line. */
  public double busyLineEventNanos() {
    return Math.max(0, charged[charged.length - 1] - work[work.length - 1]);
  }

  /**
   * The profiler's own time in a line that was charged {@code nanos} in all, in whose time {@code
   * events} probes and {@code entries} frame entries ran, and how far that estimate may be off.
   */
  public ProbeTime timeOf(long events, long entries, long nanos) {
    double entryCost = entries * entryNanos;
    double entryNoise = entries * entrySpreadNanos;
    if (events == 0) {
      return new ProbeTime(
          0, entries, Math.round(Math.min(nanos, entryCost)), Math.round(entryNoise));
    }
    double perEvent = Math.max(0, nanos - entryCost) / events;
    double own = ownWork(perEvent);
    double cost = Math.max(0, nanos - own * events);
    double noise = events * spreadNanos * slopeAt(perEvent) + entryNoise;
    return new ProbeTime(events, entries, Math.round(cost), Math.round(noise));
  }

  /** A line's own nanoseconds per probe, read off the curve from what it was charged per probe. */
  double ownWork(double chargedPerEvent) {
    int last = usedCharged.length - 1;
    if (chargedPerEvent <= usedCharged[0]) {
      return Math.max(0, usedWork[0] - (usedCharged[0] - chargedPerEvent));
    }
    if (chargedPerEvent >= usedCharged[last]) {
      return usedWork[last] + (chargedPerEvent - usedCharged[last]);
    }
    int i = segment(chargedPerEvent);
    double share = (chargedPerEvent - usedCharged[i]) / (usedCharged[i + 1] - usedCharged[i]);
    return usedWork[i] + share * (usedWork[i + 1] - usedWork[i]);
  }

  /** How much a line's own time moves per nanosecond more charged, where it was charged this. */
  private double slopeAt(double chargedPerEvent) {
    if (chargedPerEvent <= usedCharged[0]
        || chargedPerEvent >= usedCharged[usedCharged.length - 1]) {
      return 1;
    }
    int i = segment(chargedPerEvent);
    return (usedWork[i + 1] - usedWork[i]) / (usedCharged[i + 1] - usedCharged[i]);
  }

  /** The segment of the curve whose charges hold {@code chargedPerEvent}, inside the curve. */
  private int segment(double chargedPerEvent) {
    int i = 0;
    while (chargedPerEvent > usedCharged[i + 1]) {
      i++;
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeCalibration)) {
      return false;
    }
    ProbeCalibration that = (ProbeCalibration) o;
    return Arrays.equals(work, that.work)
        && Arrays.equals(charged, that.charged)
        && Double.compare(spreadNanos, that.spreadNanos) == 0
        && Double.compare(entryNanos, that.entryNanos) == 0
        && Double.compare(entrySpreadNanos, that.entrySpreadNanos) == 0
        && Double.compare(interpretedEventNanos, that.interpretedEventNanos) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(work) * 31 + Arrays.hashCode(charged);
  }

  @Override
  public String toString() {
    StringBuilder curve = new StringBuilder();
    for (int i = 0; i < work.length; i++) {
      curve.append(
          String.format(
              Locale.ROOT, "%s%.1f ns charged %.1f", i == 0 ? "" : ", ", work[i], charged[i]));
    }
    return String.format(
        Locale.ROOT,
        "probes: lines of %s per probe (spread %.1f); %.1f ns per frame entry (spread %.1f);"
            + " interpreted %.1f ns",
        curve,
        spreadNanos,
        entryNanos,
        entrySpreadNanos,
        interpretedEventNanos);
  }
}
