package org.jkernprof.demo;

import java.io.PrintStream;

/**
 * Runs one of the demo scenarios: {@code java -jar demo.jar [classic|report]}. Profile it with
 * {@code ./jkernprof -l -v demo/target/demo.jar [scenario]}.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 1) {
      System.err.println("demo: expected at most one scenario, got " + args.length + " arguments");
      System.exit(2);
    }
    String scenario = args.length == 0 ? "classic" : args[0];
    switch (scenario) {
      case "classic":
        ClassicExample.main();
        break;
      case "report":
        ReportJob.main();
        break;
      case "-h":
      case "--help":
        printHelp(System.out);
        break;
      default:
        System.err.println(
            "demo: unknown scenario '" + scenario + "'; the scenarios are classic and report");
        System.exit(2);
    }
  }

  private static void printHelp(PrintStream out) {
    out.println("Usage: java -jar demo.jar [SCENARIO]");
    out.println();
    out.println("Scenarios:");
    out.println("  classic  (default) line_profiler's classic example: generate 100,000 random");
    out.println("           numbers, then sort, sleep and sum them.");
    out.println("  report   a revenue report that rebuilds its customer index for every order;");
    out.println("           the profile shows that one line taking most of the time.");
    out.println();
    out.println("Profile a scenario: ./jkernprof -l -v demo/target/demo.jar report");
  }
}
