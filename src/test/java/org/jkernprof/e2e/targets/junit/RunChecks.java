package org.jkernprof.e2e.targets.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs JUnit 5 test classes as a build tool would: {@code RunChecks [--parallel] CLASS...}, with
 * extension auto-detection on, as a project's junit-platform.properties would turn it on, and one
 * test at a time unless {@code --parallel}. Exits 1 if a test failed.
 */
public final class RunChecks {
  private RunChecks() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
            .configurationParameter("junit.jupiter.extensions.autodetection.include", "org.jkernprof.*")
            // This module's junit-platform.properties, on the class path too, runs classes in parallel.
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "false");
    for (String arg : args) {
      if (arg.equals("--parallel")) {
        request
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2");
      } else {
        request.selectors(selectClass(arg));
      }
    }
    LauncherDiscoveryRequest discovery = request.build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(discovery, listener);
    TestExecutionSummary summary = listener.getSummary();
    System.out.println("tests succeeded: " + summary.getTestsSucceededCount());
    if (summary.getTotalFailureCount() > 0) {
      summary.printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
      System.exit(1);
    }
  }
}
