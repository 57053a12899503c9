package org.jkernprof.agent.collect;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.Sampling;

/**
 * Gives results whose hits the counting probes recorded the times of the sampled timer: a line's
 * time is the samples whose stack held it times the interval, a method's total the samples whose
 * stack held any of its frames times the interval. Hits stay as counted.
 */
public final class SampledTimes {
  /** What the samples of one run counted, per line and per method of the results. */
  public interface SampleCounts {
    /** The samples whose stack held {@code line} of {@code method}, each sample counted once. */
    long ofLine(MethodProfile method, int line);

    /** The samples whose stack held a frame of {@code method}, each sample counted once. */
    long ofMethod(MethodProfile method);
  }

  private SampledTimes() {}

  /**
   * {@code counted}'s methods and hits with the times {@code samples} give, sampled as {@code
   * sampling} says.
   */
  public static LineResults of(LineResults counted, SampleCounts samples, Sampling sampling) {
    long interval = sampling.intervalNanos();
    List<MethodProfile> methods = new ArrayList<>(counted.methods().size());
    for (MethodProfile m : counted.methods()) {
      List<LineStats> lines = new ArrayList<>(m.lines().size());
      for (LineStats l : m.lines()) {
        long count = samples.ofLine(m, l.line());
        lines.add(new LineStats(l.line(), l.hits(), count * interval).withSamples(count));
      }
      methods.add(
          new MethodProfile(
              m.className(),
              m.methodName(),
              m.descriptor(),
              m.sourceFile(),
              samples.ofMethod(m) * interval,
              lines));
    }
    return new LineResults(counted.run(), methods, counted.tests(), false)
        .withSamplings(List.of(sampling));
  }
}
