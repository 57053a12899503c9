package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof -l -v demo.jar report}: the demo's slow revenue report, whose profile must point
 * at the line that rebuilds the customer index for every order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRevenueReportTest {
  static final String BUILD = "RevenueReport.build(List<Order>, List<Customer>)";
  static final String INDEX_REBUILD = "= indexById(customers);";

  private Path folder;
  private JvmResult result;
  private JavaSource source;

  /** The number of orders ReportJob builds the report over, read from its source. */
  private long orders;

  @BeforeAll
  void profileTheReportScenario() {
    folder = Jkernprof.freshFolder("revenue-report");
    result = Jkernprof.run(folder, "-l", "-v", BuildPaths.demoJar().toString(), "report");
    Path demo = BuildPaths.demoSourceRoot().resolve("org/jkernprof/demo");
    source = JavaSource.read(demo.resolve("RevenueReport.java"));
    JavaSource job = JavaSource.read(demo.resolve("ReportJob.java"));
    Matcher constant =
        Pattern.compile("static final int ORDERS = ([\\d_]+);")
            .matcher(job.line(job.lineOf("static final int ORDERS =")).strip());
    assertTrue(constant.matches(), "ReportJob.ORDERS");
    orders = Long.parseLong(constant.group(1).replace("_", ""));
  }

  @Test
  void printsTheRevenueReportThenWhereTheResultsWentThenTheLineReport() {
    assertEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stderr, result.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(result);
    assertEquals(
        "Revenue by region, " + orders + " orders:", out.programLines().get(0), result.describe());
    assertEquals(DemoRuns.RESULTS, out.resultsFile());
    assertEquals(List.of(BUILD), report().functions());
    ReportChecks.showsItsDeclaration(report().method(BUILD), source, folder);
  }

  @Test
  void theIndexRebuildTakesMostOfTheTime() {
    LineReport.Method build = report().method(BUILD);
    LineReport.Row rebuild = build.rowContaining(INDEX_REBUILD);
    assertEquals(orders, rebuild.hits(), "once per order: " + rebuild);
    for (LineReport.Row row : build.rowsThatRan()) {
      assertTrue(rebuild.percent().compareTo(row.percent()) >= 0, rebuild + " vs " + row);
    }
    assertTrue(rebuild.percent().compareTo(new BigDecimal(50)) > 0, "over half: " + rebuild);
  }

  @Test
  void columnsAreConsistent() {
    LineReport.Method build = report().method(BUILD);
    ReportChecks.perHitIsTimeOverHits(build);
    ReportChecks.percentagesAddUpToAHundred(build);
    ReportChecks.timesAddUpToTheTotal(build, report().timerUnitSeconds());
  }

  private LineReport report() {
    return ProfileCommandOutput.of(result).report();
  }
}
