package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link CorpusTransformer} in a JVM of its own per mode and reads what it measured. */
final class TransformThroughput {
  /** What one mode's passes over the corpus gave. */
  static final class Result {
    final int classes;
    final int changed;
    final double coldMillis;
    final double warmMillis;

    Result(int classes, int changed, double coldMillis, double warmMillis) {
      this.classes = classes;
      this.changed = changed;
      this.coldMillis = coldMillis;
      this.warmMillis = warmMillis;
    }

    double warmClassesPerSecond() {
      return classes / (warmMillis / 1000);
    }

    double coldClassesPerSecond() {
      return classes / (coldMillis / 1000);
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  TransformThroughput(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  Result run(String mode, int passes) {
    List<String> command =
        ChildProcess.command(
            ChildProcess.java(),
            "-Xmx1g",
            "-cp",
            inputs.agentClassPath(),
            CorpusTransformer.class.getName(),
            mode,
            Integer.toString(passes));
    for (Path jar : inputs.corpusJars()) {
      command.add(jar.toString());
    }
    String output = ChildProcess.run(command, work, true).checkedOutput(command);
    String line =
        output
            .lines()
            .filter(l -> l.startsWith("classes="))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no result from " + command + ":\n" + output));
    Map<String, String> values = new HashMap<>();
    for (String pair : line.split(" ")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return new Result(
        Integer.parseInt(values.get("classes")),
        Integer.parseInt(values.get("changed")),
        Double.parseDouble(values.get("coldMillis")),
        Double.parseDouble(values.get("warmMillis")));
  }
}
