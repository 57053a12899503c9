package org.jkernprof.corpus;

import java.nio.file.Path;
import java.util.List;

/** The agent's two ways of instrumenting, and where each one's results go in a tally. */
enum Mode {
  LINE("line", ""),
  FUNCTION("function", "mode=function");

  /** For names of folders, logs and results files. */
  final String id;

  /** What the agent is told to instrument this way ("" is its default, line mode). */
  final String agentOption;

  Mode(String id, String agentOption) {
    this.id = id;
    this.agentOption = agentOption;
  }

  /** {@code agentOption} followed by {@code more}, comma-separated as the agent takes them. */
  String agentOptions(String more) {
    return agentOption.isEmpty() || more.isEmpty() ? agentOption + more : agentOption + "," + more;
  }

  /** The folder this mode's instrumented classes are written to, one subfolder per corpus. */
  Path out(Path work) {
    return work.resolve(id);
  }

  /** The classes this mode rewrote. */
  List<String> changed(CorpusTally tally) {
    return this == LINE ? tally.lineChanged : tally.functionChanged;
  }

  /** Records what the JVM's verifier said about every class this mode rewrote. */
  void setLinked(CorpusTally tally, LinkResult result) {
    if (this == LINE) {
      tally.linkedLine = result;
    } else {
      tally.linkedFunction = result;
    }
  }

  /** Records how the sample fared when the real agent instrumented it this way. */
  void setSampled(CorpusTally tally, LinkResult result) {
    if (this == LINE) {
      tally.agentLine = result;
    } else {
      tally.agentFunction = result;
    }
  }
}
