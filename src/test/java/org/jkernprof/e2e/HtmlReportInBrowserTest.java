package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jkernprof.e2e.targets.junit.RestockChecks;
import org.jkernprof.testsupport.JsonReportRows;
import org.jkernprof.testsupport.JsonText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report (issue 14) as a person sees it, in headless Chromium driven by Selenium: the
 * pages of real runs of the demo (line results of the clock timer, function results of the sampled
 * timer) and of real JUnit 5 tests run under the agent, opened from disk. Each page is checked
 * against the JSON document the same run wrote ({@code --json}), read by an independent reader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportInBrowserTest {
  private static final String PROCESS = "ClassicExample.processData";

  private Path folder;
  private Browser browser;
  private Path linesPage;
  private Map<String, Object> lines;
  private Path functionsPage;
  private Map<String, Object> functions;
  private Path testsPage;
  private Map<String, Object> tests;
  private Path clockPage;
  private Map<String, Object> clock;

  @BeforeAll
  void profileTheDemoAndTheTestsThenStartTheBrowser() throws IOException {
    folder = Jkernprof.freshFolder("html-report");
    // Each run writes its page and its document: the page is checked against the document.
    lines = profileTheDemo("demo", "demo.lprof", "-l");
    linesPage = folder.resolve("demo.html");
    functions = profileTheDemo("calls", "demo.prof", "--timer=sampled");
    functionsPage = folder.resolve("calls.html");
    clock = profileTheDemo("clock", "clock.prof");
    clockPage = folder.resolve("clock.html");

    JvmResult testRun =
        PerTestResultsTest.runChecks(folder, "checks.lprof", RestockChecks.class.getName());
    assertEquals(0, testRun.exitCode, testRun.describe());
    JvmResult testView =
        Jkernprof.run(
            folder,
            "view",
            "--source-path",
            BuildPaths.sourceDir().toString(),
            "--html",
            "tests.html",
            "--json",
            "tests.json",
            "checks.lprof");
    assertEquals(0, testView.exitCode, testView.describe());
    testsPage = folder.resolve("tests.html");
    tests = document(folder.resolve("tests.json"));

    browser = Browser.start(1400, 900);
  }

  /**
   * Profiles the demo with {@code options}, its results in {@code results}, its page and document
   * in {@code name}.html and {@code name}.json; returns the document.
   */
  private Map<String, Object> profileTheDemo(String name, String results, String... options)
      throws IOException {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("-q", "-o", results, "--html", name + ".html", "--json", name + ".json"));
    args.add(BuildPaths.demoJar().toString());
    JvmResult run = Jkernprof.run(folder, args.toArray(new String[0]));
    assertEquals(0, run.exitCode, run.describe());
    return document(folder.resolve(name + ".json"));
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPageOpensFromDiskWithoutAConsoleErrorAndSaysHowItsTimesWereTaken() {
    Map<Path, Map<String, Object>> pages =
        Map.of(linesPage, lines, functionsPage, functions, testsPage, tests, clockPage, clock);
    for (Map.Entry<Path, Map<String, Object>> page : pages.entrySet()) {
      browser.open(page.getKey());
      assertEquals(List.of(), browser.consoleErrors(), page.getKey().toString());
      String shown = text(By.id("timer-note"));
      Map<String, Object> timer = objects(List.of(page.getValue().get("timer"))).get(0);
      assertTrue(shown.contains((String) timer.get("note")), shown + " lacks " + timer);
      assertTrue(shown.contains(timer.get("name") + " timer"), shown);
    }
    // The demo runs long enough for the profiler to measure its own cost: a note to show.
    assertEquals(true, objects(List.of(lines.get("timer"))).get(0).get("corrected"));
  }

  @Test
  void theSleepLineHasTheStrongestShadingOfItsMethod() {
    browser.open(linesPage);
    showMethod(PROCESS);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.heat tr.line"));
    Map<String, Object> method = method(lines, PROCESS);
    long total = number(method.get("totalNanos"));
    WebElement hottest = null;
    double strongest = -1;
    double largestShare = -1;
    WebElement largest = null;
    for (WebElement row : rows) {
      double alpha = backgroundAlpha(row);
      String share = row.getAttribute("data-share");
      if (alpha > strongest) {
        strongest = alpha;
        hottest = row;
      }
      if (share != null && Double.parseDouble(share) > largestShare) {
        largestShare = Double.parseDouble(share);
        largest = row;
      }
    }
    assertTrue(hottest != null && strongest > 0, "some row is shaded");
    assertEquals(largest, hottest, "the row of the largest share is the most strongly shaded");
    assertTrue(hottest.getText().contains("Thread.sleep"), hottest.getText());
    Map<String, Object> sleep =
        JsonReportRows.of(method).stream()
            .filter(r -> ((String) r.get("text")).contains("Thread.sleep"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        (double) number(sleep.get("nanos")) / total, largestShare, 0.001, "share from the data");
    assertTrue(largestShare > 0.5, "the sleep line takes most of the time: " + largestShare);
  }

  @Test
  void theHeatMapShowsEverySourceLineWithItsHitsAsTheDocumentHasThem() {
    browser.open(linesPage);
    for (Map<String, Object> method : objects(lines.get("methods"))) {
      showMethod((String) method.get("function"));
      assertEquals(method.get("function"), text(By.id("source-title")));
      List<WebElement> shown = browser.driver().findElements(By.cssSelector("table.heat tr.line"));
      List<Map<String, Object>> rows = JsonReportRows.of(method);
      assertEquals(rows.size(), shown.size(), "one row per source line");
      for (int i = 0; i < rows.size(); i++) {
        WebElement row = shown.get(i);
        Map<String, Object> expected = rows.get(i);
        assertEquals(String.valueOf(number(expected.get("line"))), row.getAttribute("data-line"));
        assertEquals(
            ((String) expected.get("text")).strip(),
            row.findElement(By.cssSelector("td.code")).getText().strip());
        String hits = row.findElement(By.cssSelector("td.hits")).getText().replace(",", "");
        Object expectedHits = expected.get("hits");
        assertEquals(expectedHits == null ? "" : String.valueOf(number(expectedHits)), hits);
        boolean plain = row.getAttribute("class").contains("nodata");
        assertEquals(expectedHits == null, plain, "line " + expected.get("line"));
      }
    }
  }

  @Test
  void theOverviewSortsByEveryColumnAndFiltersByName() {
    browser.open(linesPage);
    click(By.cssSelector("#overview th[data-sort='name']"));
    List<String> names = overviewNames();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, names, "names ascending");
    click(By.cssSelector("#overview th[data-sort='name']"));
    sorted.sort(String.CASE_INSENSITIVE_ORDER.reversed());
    assertEquals(sorted, overviewNames(), "names descending on the second click");
    for (String column : List.of("total", "share", "hits")) {
      click(By.cssSelector("#overview th[data-sort='" + column + "']"));
      List<Double> values = overviewValues(column);
      List<Double> descending = new ArrayList<>(values);
      descending.sort(Comparator.reverseOrder());
      assertEquals(descending, values, column + " descending");
      assertEquals(
          "descending",
          browser
              .driver()
              .findElement(By.cssSelector("#overview th[data-sort='" + column + "']"))
              .getAttribute("aria-sort"));
    }
    WebElement filter = browser.driver().findElement(By.id("filter"));
    filter.sendKeys("GENERATE");
    List<String> visible = overviewNames();
    assertEquals(1, visible.size(), visible.toString());
    assertTrue(visible.get(0).contains("generateData"), visible.toString());
    assertEquals("1 of 2 methods", text(By.id("filter-count")));
    // As a person empties the field: select all, delete (WebElement.clear() fires no input event).
    filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    assertEquals(2, overviewNames().size(), "all methods again");
  }

  @Test
  void flameGraphFrameWidthsAreProportionalToTheirSamples() {
    assertFrameWidthsProportional(functionsPage, pathWeights(functions, "samples"));
  }

  /** The clock timer's call paths draw the flame graph too, each frame as wide as its time. */
  @Test
  void theClockTimersCallPathsDrawAFlameGraphWeightedByTime() {
    assertTrue(!objects(clock.get("stacks")).isEmpty(), "the clock run kept its call paths");
    for (Map<String, Object> stack : objects(clock.get("stacks"))) {
      assertEquals(0, number(stack.get("samples")), "clock paths have times, not samples");
    }
    assertFrameWidthsProportional(clockPage, pathWeights(clock, "nanos"));
  }

  private void assertFrameWidthsProportional(Path page, Map<String, Long> expected) {
    browser.open(page);
    long all = expected.get("");
    List<WebElement> frames = browser.driver().findElements(By.cssSelector("#flame div.frame"));
    assertTrue(frames.size() > 1, "frames drawn");
    double rootWidth = width(root());
    for (WebElement frame : frames) {
      String path = frame.getAttribute("data-path");
      long value = Long.parseLong(frame.getAttribute("data-value"));
      assertEquals(expected.get(path), value, "samples of " + path);
      double width = width(frame);
      assertEquals(rootWidth * value / all, width, 1.0, "width of " + path);
    }
  }

  @Test
  void searchHighlightsTheMatchingFramesAndTheirShareOfTheSamples() {
    browser.open(functionsPage);
    browser.driver().findElement(By.id("flame-search")).sendKeys("processdata");
    Map<Long, String> labels = new HashMap<>();
    for (Map<String, Object> f : objects(functions.get("functions"))) {
      labels.put(number(f.get("id")), (String) f.get("label"));
    }
    for (WebElement frame : browser.driver().findElements(By.cssSelector("#flame div.frame"))) {
      long id = Long.parseLong(frame.getAttribute("data-id"));
      boolean matches = id >= 0 && labels.get(id).toLowerCase(Locale.ROOT).contains("processdata");
      assertEquals(
          matches, frame.getAttribute("class").contains("match"), frame.getAttribute("data-path"));
    }
    long matched = 0;
    long all = 0;
    for (Map<String, Object> stack : objects(functions.get("stacks"))) {
      long samples = number(stack.get("samples"));
      all += samples;
      boolean any =
          numbers(stack.get("frames")).stream()
              .anyMatch(id -> labels.get(id).toLowerCase(Locale.ROOT).contains("processdata"));
      matched += any ? samples : 0;
    }
    String share = String.format(Locale.ROOT, "%.1f %%", 100.0 * matched / all);
    assertTrue(text(By.id("flame-match")).contains(share), text(By.id("flame-match")));
  }

  @Test
  void clickingAFrameZoomsToItAndListsItsCallersAndCallees() {
    browser.open(functionsPage);
    double full = width(root());
    WebElement process = frameLabelled(PROCESS);
    process.click();
    assertEquals(full, width(frameLabelled(PROCESS)), 1.0, "the clicked frame fills the width");
    String callers = text(By.id("callers"));
    assertTrue(callers.contains("ClassicExample.main"), callers);
    assertTrue(text(By.id("calls-title")).contains(PROCESS), text(By.id("calls-title")));
    click(By.id("flame-reset"));
    assertEquals(full, width(root()), 1.0);
    assertTrue(width(frameLabelled(PROCESS)) < full - 1, "zoomed out again");
  }

  @Test
  void thePstatsTableSortsByEveryPstatsKey() {
    browser.open(functionsPage);
    Select sort = new Select(browser.driver().findElement(By.id("pstats-sort")));
    Map<String, String> keys =
        Map.of("calls", "calls", "cumulative", "cumulativeNanos", "tottime", "ownNanos");
    for (Map.Entry<String, String> key : keys.entrySet()) {
      sort.selectByValue(key.getKey());
      List<Long> shown = new ArrayList<>();
      for (WebElement row : browser.driver().findElements(By.cssSelector("#pstats tr.function"))) {
        Map<String, Object> f = function(Long.parseLong(row.getAttribute("data-id")));
        shown.add(number(f.get(key.getValue())));
      }
      List<Long> descending = new ArrayList<>(shown);
      descending.sort(Comparator.reverseOrder());
      assertEquals(descending, shown, key.getKey());
      assertEquals(objects(functions.get("functions")).size(), shown.size());
    }
    for (String key :
        List.of(
            "file",
            "filename",
            "module",
            "ncalls",
            "pcalls",
            "line",
            "name",
            "nfl",
            "stdname",
            "time",
            "cumtime")) {
      sort.selectByValue(key);
      assertEquals(List.of(), browser.consoleErrors(), key);
    }
  }

  @Test
  void pickingATestShowsThatTestsFiguresAndShare() {
    browser.open(testsPage);
    Select picker = new Select(browser.driver().findElement(By.id("test-select")));
    List<Map<String, Object>> all = objects(tests.get("tests"));
    assertEquals(all.size() + 1, picker.getOptions().size(), "the whole run, then every test");
    for (int t = 0; t < all.size(); t++) {
      Map<String, Object> test = all.get(t);
      if (objects(test.get("methods")).isEmpty()) {
        continue;
      }
      picker.selectByValue(String.valueOf(t));
      assertTrue(text(By.id("test-share")).contains((String) test.get("name")), test.toString());
      for (Map<String, Object> ran : objects(test.get("methods"))) {
        long id = number(ran.get("id"));
        long hits =
            objects(ran.get("rows")).stream().mapToLong(r -> number(r.get("hits"))).max().orElse(0);
        WebElement row =
            browser
                .driver()
                .findElement(By.cssSelector("#overview tr.method[data-id='" + id + "']"));
        assertEquals(
            (double) hits,
            Double.parseDouble(
                row.findElement(By.cssSelector("td.hits")).getAttribute("data-value")),
            test.get("name") + ": hits of method " + id);
      }
    }
    picker.selectByValue("");
    assertEquals("", text(By.id("test-share")));
  }

  /**
   * The pictures of docs/ and the README: the demo's line page with the sleep line's method shown,
   * and the flame graph of the sampled run, as this browser draws them (copied from the run folder
   * by hand when the page changes: docs/images/).
   */
  @Test
  void screenshotsOfTheLinePageAndTheFlameGraph() throws IOException {
    browser.open(linesPage);
    showMethod(PROCESS);
    Path lineShot = folder.resolve("line-page.png");
    Files.write(lineShot, browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.open(functionsPage);
    frameLabelled(PROCESS).click();
    Path flameShot = folder.resolve("flame-graph.png");
    Files.write(flameShot, browser.driver().getScreenshotAs(OutputType.BYTES));
    for (Path shot : List.of(lineShot, flameShot)) {
      byte[] png = Files.readAllBytes(shot);
      assertTrue(png.length > 5_000, shot + ": " + png.length + " bytes");
      assertEquals((byte) 0x89, png[0], "a PNG");
      assertEquals('P', png[1]);
    }
  }

  private void showMethod(String function) {
    for (WebElement row : browser.driver().findElements(By.cssSelector("#overview tr.method"))) {
      if (row.findElement(By.cssSelector("td.name")).getText().contains(function)) {
        row.click();
        return;
      }
    }
    throw new AssertionError("no overview row for " + function);
  }

  private List<String> overviewNames() {
    return browser.driver().findElements(By.cssSelector("#overview tr.method")).stream()
        .filter(WebElement::isDisplayed)
        .map(
            r ->
                (String)
                    browser.script(
                        "return arguments[0].dataset.name || arguments[0].querySelector('td.name').firstChild.textContent;",
                        r))
        .collect(Collectors.toList());
  }

  private List<Double> overviewValues(String column) {
    return browser.driver().findElements(By.cssSelector("#overview tr.method")).stream()
        .filter(WebElement::isDisplayed)
        .map(
            r ->
                Double.parseDouble(
                    r.findElement(By.cssSelector("td." + column)).getAttribute("data-value")))
        .collect(Collectors.toList());
  }

  private WebElement root() {
    return browser.driver().findElement(By.cssSelector("#flame div.frame[data-path='']"));
  }

  /** The outermost frame of {@code label}: the widest, for the demo calls it from one place. */
  private WebElement frameLabelled(String label) {
    long id =
        objects(functions.get("functions")).stream()
            .filter(f -> label.equals(f.get("label")))
            .map(f -> number(f.get("id")))
            .findFirst()
            .orElseThrow();
    return browser
        .driver()
        .findElements(By.cssSelector("#flame div.frame[data-id='" + id + "']"))
        .stream()
        .max(Comparator.comparingDouble(HtmlReportInBrowserTest::width))
        .orElseThrow(() -> new AssertionError("no frame of " + label));
  }

  private Map<String, Object> function(long id) {
    return objects(functions.get("functions")).get((int) id);
  }

  private static double width(WebElement element) {
    return element.getRect().getWidth() == 0
        ? 0
        : Double.parseDouble(element.getCssValue("width").replace("px", ""));
  }

  private double backgroundAlpha(WebElement row) {
    String colour =
        (String) browser.script("return getComputedStyle(arguments[0]).backgroundColor;", row);
    if (colour.startsWith("rgba(")) {
      String[] parts = colour.substring(5, colour.length() - 1).split(",");
      return Double.parseDouble(parts[3].strip());
    }
    return colour.startsWith("rgb(") ? 1 : 0;
  }

  private void click(By by) {
    browser.driver().findElement(by).click();
  }

  private String text(By by) {
    return browser.driver().findElement(by).getText();
  }

  /**
   * The {@code weight} ("samples" or "nanos") of every flame graph path ({@code "0;1;3"}, the root
   * {@code ""}), summed from the stacks.
   */
  private static Map<String, Long> pathWeights(Map<String, Object> document, String weight) {
    Map<String, Long> samples = new HashMap<>();
    for (Map<String, Object> stack : objects(document.get("stacks"))) {
      long n = number(stack.get(weight));
      samples.merge("", n, Long::sum);
      StringBuilder path = new StringBuilder();
      for (long id : numbers(stack.get("frames"))) {
        path.append(path.length() == 0 ? "" : ";").append(id);
        samples.merge(path.toString(), n, Long::sum);
      }
    }
    return samples;
  }

  private static Map<String, Object> method(Map<String, Object> document, String function) {
    return objects(document.get("methods")).stream()
        .filter(m -> ((String) m.get("function")).startsWith(function + "("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no method " + function));
  }

  private static Map<String, Object> document(Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> document =
        (Map<String, Object>) JsonText.parse(Files.readString(file, StandardCharsets.UTF_8));
    return document;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(Object list) {
    return (List<Map<String, Object>>) list;
  }

  private static List<Long> numbers(Object list) {
    List<Long> values = new ArrayList<>();
    for (Object o : (List<?>) list) {
      values.add(number(o));
    }
    return values;
  }

  private static long number(Object value) {
    return ((BigDecimal) value).longValueExact();
  }
}
