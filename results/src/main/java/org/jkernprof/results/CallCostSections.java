package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The two {@code .prof} sections of format 1.2 that let a report take the probes' own cost out of
 * the times. {@code NEST}: per method, then per call edge, in the file's order, {@code i64
 * childCalls, i64 nestedCalls} (see {@link ProbeShare}). {@code PCST}: the cost the run measured,
 * {@code f64 insideNanos, f64 outsideNanos, f64 spreadNanos} (see {@link CallProbeCost}); absent
 * when the run measured none. Files without them show times as measured.
 */
final class CallCostSections {
  /** The nesting section's tag: {@code 'NEST'}. */
  static final int NESTING_TAG = 0x4E455354;

  /** The cost section's tag: {@code 'PCST'}. */
  static final int COST_TAG = 0x50435354;

  private CallCostSections() {}

  static void write(FunctionResults results, ResultsFileWriter file) throws IOException {
    file.section(
        NESTING_TAG,
        section -> {
          DataOutputStream out = section.out();
          for (FunctionStats f : results.functions()) {
            out.writeLong(f.probes().childCalls());
            out.writeLong(f.probes().nestedCalls());
          }
          for (CallEdge e : results.edges()) {
            out.writeLong(e.probes().childCalls());
            out.writeLong(e.probes().nestedCalls());
          }
        });
    List<CallProbeCost> costs = results.probeCosts().measured();
    if (costs.size() == 1) {
      file.section(
          COST_TAG,
          section -> {
            section.out().writeDouble(costs.get(0).insideNanos());
            section.out().writeDouble(costs.get(0).outsideNanos());
            section.out().writeDouble(costs.get(0).spreadNanos());
          });
    } else if (costs.size() > 1) {
      throw new IllegalArgumentException(
          "cannot write merged results, whose runs measured different probe costs");
    }
  }

  /** The nesting of {@code count} entries (methods, then edges) read from the section. */
  static List<ProbeShare> readNesting(ResultsFileReader reader, int count)
      throws ResultsFormatException {
    if (reader.in().remaining() != 16L * count) {
      throw reader.corrupt("the nesting section does not match the methods and edges");
    }
    List<ProbeShare> nesting = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long child = reader.nonNegative("child calls");
      nesting.add(ProbeShare.counted(child, reader.nonNegative("nested calls")));
    }
    return nesting;
  }

  static CallProbeCost readCost(ResultsFileReader reader) throws ResultsFormatException {
    ByteBuffer in = reader.in();
    if (in.remaining() != 24) {
      throw reader.corrupt("the probe cost section has the wrong size");
    }
    try {
      return new CallProbeCost(in.getDouble(), in.getDouble(), in.getDouble());
    } catch (IllegalArgumentException e) {
      throw reader.corrupt(e.getMessage());
    }
  }
}
