package org.jkernprof.agent;

import java.io.PrintStream;
import org.jkernprof.results.ProfileResults;

/** Prints the line report at exit for the agent's {@code verbose} option. */
final class VerboseReport {
  private VerboseReport() {}

  static void print(ProfileResults results, PrintStream out, PrintStream err) {
    // Replaced by the real renderer once org.jkernprof.report lands.
    out.println(results.methods());
  }
}
