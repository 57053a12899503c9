package org.jkernprof.e2e;

import java.nio.file.Path;

/**
 * The demo's classic scenario profiled through the launcher, shared by the test classes that read
 * its report or results: each run takes over a second, so each is made once, when first asked for.
 */
final class DemoRuns {
  /** The results file {@code jkernprof -l APP.jar} writes in its folder. */
  static final String RESULTS = "demo.jar.lprof";

  private static DemoRun withView;
  private static DemoRun withoutView;

  private DemoRuns() {}

  /** {@code jkernprof -l -v /abs/demo.jar}, in a folder of its own. */
  static synchronized DemoRun classicWithView() {
    if (withView == null) {
      Path folder = Jkernprof.freshFolder("classic-with-view");
      withView =
          new DemoRun(folder, Jkernprof.run(folder, "-l", "-v", BuildPaths.demoJar().toString()));
    }
    return withView;
  }

  /**
   * {@code jkernprof -l ../../demo/target/demo.jar}: without the report, and with the jar as a
   * relative path, which {@code view} must find again from the results to show the sources.
   */
  static synchronized DemoRun classicWithoutView() {
    if (withoutView == null) {
      Path folder = Jkernprof.freshFolder("classic-without-view");
      String jar = folder.relativize(BuildPaths.demoJar()).toString();
      withoutView = new DemoRun(folder, Jkernprof.run(folder, "-l", jar));
    }
    return withoutView;
  }

  /** A finished run of the demo: the folder it ran in and what the command did. */
  record DemoRun(Path folder, JvmResult result) {
    Path resultsFile() {
      return folder.resolve(RESULTS);
    }
  }
}
