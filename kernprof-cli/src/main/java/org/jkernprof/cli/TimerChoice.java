package org.jkernprof.cli;

import java.util.Optional;

/**
 * The {@code --timer}, {@code --sample-interval} and {@code -m} options of the commands that
 * record, checked together: what is wrong with them, as a usage error's message.
 */
final class TimerChoice {
  private TimerChoice() {}

  /** Why the options cannot apply together; empty if they can. */
  static Optional<String> problem(String timer, boolean memory, Double sampleInterval) {
    if (timer != null && !timer.equals("clock") && !timer.equals("sampled")) {
      return Optional.of("--timer is clock or sampled, not '" + timer + "'");
    }
    boolean sampled = "sampled".equals(timer);
    if (sampled && memory) {
      return Optional.of(
          "--timer=sampled cannot count memory yet: drop -m, or use the clock timer");
    }
    if (sampleInterval != null && !sampled) {
      return Optional.of("--sample-interval applies to --timer=sampled only");
    }
    if (sampleInterval != null && (!(sampleInterval >= 0.1) || sampleInterval.isInfinite())) {
      return Optional.of("--sample-interval is at least 0.1 milliseconds");
    }
    return Optional.empty();
  }
}
