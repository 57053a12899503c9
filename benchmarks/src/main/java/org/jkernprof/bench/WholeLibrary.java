package org.jkernprof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jkernprof.bench.library.HtmlWorkload;

/**
 * A whole real library under every profiler, side by side: jsoup parsing, querying and writing real
 * HTML pages ({@link HtmlWorkload}), with every method of jsoup selected, run plain and under
 * jkernprof's timers, JaCoCo's coverage agent, JFR and async-profiler. The configurations take
 * turns in every round, so a slow moment of the machine falls on all of them; each is compared with
 * the plain JVM's median of the same run.
 *
 * <p>The pages are this project's own javadoc ({@link LibraryWorkload}).
 */
final class WholeLibrary {
  /** The classes jsoup spends most of its time in, for JDK 25's exact method timing. */
  private static final String TIMED_CLASSES =
      String.join(
          ";",
          "org.jsoup.parser.CharacterReader",
          "org.jsoup.parser.Tokeniser",
          "org.jsoup.parser.TokeniserState",
          "org.jsoup.parser.HtmlTreeBuilder",
          "org.jsoup.parser.HtmlTreeBuilderState",
          "org.jsoup.parser.Token",
          "org.jsoup.parser.TreeBuilder",
          "org.jsoup.nodes.Element",
          "org.jsoup.nodes.Node",
          "org.jsoup.nodes.Attributes",
          "org.jsoup.nodes.Entities",
          "org.jsoup.internal.StringUtil",
          "org.jsoup.select.NodeTraversor");

  /** One way of running the workload. */
  static final class Configuration {
    final String name;
    final List<String> command;

    /** Runs in every round; the slowest configurations run in the first round only. */
    final boolean everyRound;

    /** The plain run this one is compared with (the same JDK's); null for a plain run. */
    final String baseline;

    Configuration(String name, List<String> command, boolean everyRound, String baseline) {
      this.name = name;
      this.command = List.copyOf(command);
      this.everyRound = everyRound;
      this.baseline = baseline;
    }
  }

  /** What one run of the workload printed, and how long its process took. */
  static final class Run {
    final double loopSeconds;
    final double fastestRoundMillis;
    final double processSeconds;
    final String checksum;

    Run(String output, long processNanos) {
      String[] fields = output.trim().split("\\s+");
      loopSeconds = Long.parseLong(fields[0]) / 1e9;
      fastestRoundMillis = Long.parseLong(fields[2]) / 1e6;
      checksum = fields[3];
      processSeconds = processNanos / 1e9;
    }
  }

  /** Every configuration's runs, in the order the configurations were listed. */
  static final class Result {
    final Map<Configuration, List<Run>> runs;
    final int pages;

    Result(Map<Configuration, List<Run>> runs, int pages) {
      this.runs = runs;
      this.pages = pages;
    }

    double medianLoop(Configuration c) {
      return median(c, r -> r.loopSeconds);
    }

    double medianProcess(Configuration c) {
      return median(c, r -> r.processSeconds);
    }

    double medianFastestRound(Configuration c) {
      return median(c, r -> r.fastestRoundMillis);
    }

    Configuration named(String name) {
      for (Configuration c : runs.keySet()) {
        if (c.name.equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException("no configuration " + name);
    }

    /** Loop time over the baseline's, medians of the same run. */
    double loopRatio(Configuration c) {
      return medianLoop(c) / medianLoop(named(c.baseline));
    }

    /** The Markdown table of the README. */
    String render() {
      StringBuilder table = new StringBuilder();
      table.append(
          "| configuration | runs | workload s | × plain | whole process s | × plain"
              + " | fastest round ms | × plain |\n");
      table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Configuration c : runs.keySet()) {
        Configuration base = c.baseline == null ? c : named(c.baseline);
        table.append(
            CostTable.format(
                "| %s | %d | %.2f | %s | %.2f | %s | %.1f | %s |%n",
                c.name,
                runs.get(c).size(),
                medianLoop(c),
                ratio(medianLoop(c), medianLoop(base)),
                medianProcess(c),
                ratio(medianProcess(c), medianProcess(base)),
                medianFastestRound(c),
                ratio(medianFastestRound(c), medianFastestRound(base))));
      }
      return table.toString();
    }

    private static String ratio(double value, double base) {
      return CostTable.format("%.2f", value / base);
    }

    private double median(Configuration c, ToDoubleFunction<Run> figure) {
      List<Double> values = new ArrayList<>();
      for (Run r : runs.get(c)) {
        values.add(figure.applyAsDouble(r));
      }
      return Medians.of(values);
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  /** The jkernprof results of the last sampled run, for {@link LineAgreement}. */
  final Path sampledResults;

  /** async-profiler's recording of its last run, for {@link LineAgreement}. */
  final Path asyncProfilerRecording;

  WholeLibrary(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
    sampledResults = work.resolve("library-sampled.lprof");
    asyncProfilerRecording = work.resolve("library-async-profiler.jfr");
  }

  /**
   * Runs every configuration {@code rounds} times (the slow ones once), each run parsing every page
   * {@code workloadRounds} times; fails if any run computes another checksum than the plain one.
   */
  Result run(int rounds, int workloadRounds) {
    LibraryWorkload workload = LibraryWorkload.make(inputs, work);
    List<Configuration> configurations = configurations(workload, workloadRounds);
    Map<Configuration, List<Run>> runs = new LinkedHashMap<>();
    for (Configuration c : configurations) {
      runs.put(c, new ArrayList<>());
    }
    String checksum = null;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < configurations.size(); k++) {
        Configuration c = configurations.get((round + k) % configurations.size());
        if (round > 0 && !c.everyRound) {
          continue;
        }
        ChildProcess.Run child = ChildProcess.run(c.command, work, true);
        Run run = new Run(LibraryWorkload.figures(child.checkedOutput(c.command)), child.wallNanos);
        if (checksum == null) {
          checksum = run.checksum;
        } else if (!checksum.equals(run.checksum)) {
          throw new IllegalStateException(
              c.name + " computed checksum " + run.checksum + ", not " + checksum);
        }
        runs.get(c).add(run);
      }
    }
    return new Result(runs, workload.pages());
  }

  private List<Configuration> configurations(LibraryWorkload library, int workloadRounds) {
    String java = ChildProcess.java();
    List<String> workload = library.arguments(workloadRounds);
    String agent =
        "-javaagent:"
            + inputs.agentJar
            + "=quiet,include="
            + LibraryWorkload.EVERY_JSOUP_METHOD
            + ",output=";
    List<Configuration> all = new ArrayList<>();
    all.add(new Configuration("plain JVM", with(java, List.of(), workload), true, null));
    all.add(
        new Configuration(
            "jkernprof -l --timer=sampled (1 ms)",
            with(java, List.of(agent + sampledResults + ",timer=sampled"), workload),
            true,
            "plain JVM"));
    all.add(
        new Configuration(
            "jkernprof -l (clock timer)",
            with(java, List.of(agent + work.resolve("library-clock.lprof")), workload),
            false,
            "plain JVM"));
    all.add(
        new Configuration(
            "jkernprof function mode (clock timer)",
            with(java, List.of(agent + work.resolve("library.prof") + ",mode=function"), workload),
            false,
            "plain JVM"));
    all.add(
        new Configuration(
            "jkernprof function mode --timer=sampled (1 ms)",
            with(
                java,
                List.of(
                    agent + work.resolve("library-sampled.prof") + ",mode=function,timer=sampled"),
                workload),
            true,
            "plain JVM"));
    all.add(
        new Configuration(
            "JaCoCo 0.8.15 agent (coverage probes)",
            with(
                java,
                List.of(
                    "-javaagent:"
                        + inputs.jacocoAgent
                        + "=includes=org.jsoup.*,destfile="
                        + work.resolve("library-jacoco.exec")),
                workload),
            true,
            "plain JVM"));
    all.add(
        new Configuration(
            "JFR, settings=profile",
            with(
                java,
                List.of(
                    "-XX:StartFlightRecording=settings=profile,filename="
                        + work.resolve("library-jfr.jfr")),
                workload),
            true,
            "plain JVM"));
    all.add(
        new Configuration(
            "async-profiler 4.6, cpu samples every 1 ms",
            with(
                java,
                List.of(
                    "-agentpath:"
                        + asyncProfilerLibrary()
                        + "=start,event=cpu,interval=1ms,file="
                        + asyncProfilerRecording),
                workload),
            true,
            "plain JVM"));
    if (inputs.jdk25 != null) {
      String java25 = inputs.jdk25.resolve("bin/java").toString();
      all.add(
          new Configuration("plain JVM, JDK 25", with(java25, List.of(), workload), true, null));
      all.add(
          new Configuration(
              "JDK 25 JFR method timing, 13 hot jsoup classes",
              with(
                  java25,
                  List.of(
                      "-XX:StartFlightRecording:method-timing="
                          + TIMED_CLASSES
                          + ",filename="
                          + work.resolve("library-timing.jfr")),
                  workload),
              false,
              "plain JVM, JDK 25"));
    }
    return all;
  }

  private static List<String> with(String java, List<String> options, List<String> workload) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    command.addAll(workload);
    return command;
  }

  /** async-profiler's native library for this machine, taken out of its jar from Maven Central. */
  private Path asyncProfilerLibrary() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    String entry =
        os.contains("mac")
            ? "macos/libasyncProfiler.dylib"
            : (arch.equals("aarch64") ? "linux-arm64" : "linux-x64") + "/libasyncProfiler.so";
    Path library = work.resolve(entry.substring(entry.indexOf('/') + 1));
    try (ZipFile jar = new ZipFile(inputs.asyncProfilerJar.toFile())) {
      ZipEntry e = jar.getEntry(entry);
      if (e == null) {
        throw new IllegalStateException(inputs.asyncProfilerJar + " has no " + entry);
      }
      try (InputStream in = jar.getInputStream(e)) {
        Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return library;
  }
}
