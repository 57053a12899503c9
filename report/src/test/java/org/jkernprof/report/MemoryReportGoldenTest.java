package org.jkernprof.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;

/** Memory figures in both layouts, over the shop fixture sources, against golden files. */
class MemoryReportGoldenTest {
  private static final long MIB = 1 << 20;

  private static LineResults results() {
    MethodProfile total = TextReportRendererGoldenTest.TOTAL;
    long[][] memory = {
      {16, 38 * MIB}, {16_000, 38 * MIB + 5}, {10 * MIB, 48 * MIB}, {0, 40 * MIB}, {0, 40 * MIB}
    };
    List<LineStats> lines = new ArrayList<>();
    for (int i = 0; i < total.lines().size(); i++) {
      lines.add(total.lines().get(i).withMemory(memory[i][0], memory[i][1]));
    }
    return new LineResults(
        new RunInfo("shop.jar", "17", 0, 1_000_000),
        List.of(total.withMemory(10 * MIB + 16_016, lines)),
        List.of(),
        true);
  }

  private static SourceResolver sources() {
    Path shop = GoldenFiles.resourceFolder("report/shop");
    return new SourceResolver(SourceResolver.searchPath(List.of(), shop, Optional.empty()), shop);
  }

  @Test
  void memoryProfilersLayout() throws IOException {
    GoldenFiles.assertMatches(
        "memory-profiler.txt",
        MemoryReportRenderer.render(results(), sources(), ReportOptions.defaults()));
  }

  @Test
  void theLineReportGainsAllocAndAllocPerHit() throws IOException {
    GoldenFiles.assertMatches(
        "memory-columns.txt",
        TextReportRenderer.render(
            results(), sources(), ReportOptions.defaults().withSummarize(true)));
  }
}
