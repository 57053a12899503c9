package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProbeShare;
import org.jkernprof.results.ProfWriter;
import org.jkernprof.results.RunInfo;

/**
 * A stand-in for the agent's function-level mode, which is being written elsewhere: a real java
 * agent that takes exactly the options the CLI must pass for it ({@code mode=function,output=FILE,
 * quiet}, in that order) and at JVM exit writes {@code .prof} results naming the program's main
 * class and its real run time, with a probe cost of 50 ns per call as the agent measures it. With
 * any other options it writes nothing, so the CLI reports that no results were written. It lets the
 * CLI's function-level runs be tested end to end now.
 */
public final class StandInFunctionAgent {
  private StandInFunctionAgent() {}

  public static void premain(String options, Instrumentation instrumentation) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String option : options.split(",")) {
      int equals = option.indexOf('=');
      parsed.put(
          equals < 0 ? option : option.substring(0, equals),
          equals < 0 ? "" : option.substring(equals + 1));
    }
    if (!parsed
            .keySet()
            .equals(new LinkedHashSet<>(Arrays.asList("mode", "output", "quiet", "verbose")))
        || !parsed.get("verbose").equals("false")
        || !parsed.get("mode").equals("function")) {
      System.err.println("stand-in agent: unexpected options " + options);
      return;
    }
    Path output = Paths.get(parsed.get("output"));
    long start = System.nanoTime();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> write(output, System.nanoTime() - start)));
  }

  private static void write(Path output, long nanos) {
    String command = System.getProperty("sun.java.command", "");
    FunctionStats main =
        new FunctionStats(
            "sample.Sample",
            "main",
            "([Ljava/lang/String;)V",
            "Sample.java",
            16,
            1,
            1,
            nanos / 2,
            nanos);
    FunctionStats helper =
        new FunctionStats(
            "sample.Sample", "sumOfSquares", "(I)I", "Sample.java", 42, 1, 1, nanos / 2, nanos / 2);
    ProbeShare none = ProbeShare.counted(0, 0);
    ProbeShare oneCall = ProbeShare.counted(1, 1);
    try {
      ProfWriter.write(
          FunctionResults.measured(
              new RunInfo(command, System.getProperty("java.runtime.version"), 0, nanos),
              Arrays.asList(main.withNesting(oneCall), helper.withNesting(none)),
              Arrays.asList(
                  new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, nanos / 2, nanos).withNesting(oneCall),
                  new CallEdge(0, 1, 1, 1, nanos / 2, nanos / 2).withNesting(none)),
              false,
              new CallProbeCost(20, 30, 1)),
          output);
    } catch (IOException e) {
      System.err.println("stand-in agent: " + e);
    }
  }

  /**
   * Packs this class into {@code folder}/stand-in-agent.jar, whose manifest names it as the agent
   * and puts the jkernprof results classes the tests use on its class path.
   */
  static Path jar(Path folder) throws IOException {
    Path jar = folder.resolve("stand-in-agent.jar");
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(new Attributes.Name("Premain-Class"), StandInFunctionAgent.class.getName());
    main.put(Attributes.Name.CLASS_PATH, codeSource(ProfWriter.class).toUri().toString());
    String entry = StandInFunctionAgent.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = StandInFunctionAgent.class.getResourceAsStream("/" + entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
