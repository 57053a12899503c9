package org.jkernprof.e2e;

import static org.jkernprof.testsupport.JsonText.object;
import static org.jkernprof.testsupport.JsonText.objects;
import static org.jkernprof.testsupport.JsonText.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkernprof.e2e.targets.ChangedWorkload;
import org.jkernprof.testsupport.JsonText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * {@code jkernprof diff --html} as a person sees it, in headless Chromium: two real runs of a
 * program that differ in a known way (its loop runs twice as often), the page opened from disk and
 * checked against the JSON document the same command wrote ({@code --json}), read by an independent
 * reader: exactly the lines whose hits changed are marked, with their hits before and after, and
 * both heat-map columns are shaded for the lines with time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffHtmlInBrowserTest {
  private static final String MAIN = ChangedWorkload.class.getName();

  /** Where the screenshot of the page is kept, to be looked at. */
  private static final Path SCREENSHOT = Path.of("/tmp/diff-page.png");

  private Path folder;
  private Path page;
  private Map<String, Object> document;
  private JvmResult diff;
  private Browser browser;

  @BeforeAll
  void runTwiceThenDiffThenStartTheBrowser() throws IOException {
    folder = Jkernprof.freshFolder("diff-html");
    profile("base.lprof", "1000", "1024");
    profile("changed.lprof", "2000", "1048576");
    diff =
        Jkernprof.run(
            folder,
            "diff",
            "--source-path",
            BuildPaths.sourceDir().toString(),
            "--html",
            "page.html",
            "--json",
            "page.json",
            "base.lprof",
            "changed.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    page = folder.resolve("page.html");
    @SuppressWarnings("unchecked")
    Map<String, Object> read =
        (Map<String, Object>)
            JsonText.parse(Files.readString(folder.resolve("page.json"), StandardCharsets.UTF_8));
    document = read;
    browser = Browser.start(1400, 700);
  }

  private void profile(String output, String rounds, String bytes) {
    DiffCommandTest.profile(folder, output, rounds, bytes, "0");
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theTextDiffStillGoesToStandardOutputAndTheFilesAreNamed() {
    Map<String, Object> summary = object(document.get("summary"));
    assertTrue(diff.stdout.startsWith((String) document.get("heading")), diff.stdout);
    assertTrue(diff.stdout.contains((String) summary.get("text")), diff.stdout);
    assertTrue(diff.stderr.contains("wrote the HTML diff to page.html"), diff.stderr);
    assertTrue(diff.stderr.contains("wrote the diff as JSON to page.json"), diff.stderr);
  }

  @Test
  void thePageOpensWithoutAConsoleErrorAndShowsTheSummary() {
    browser.open(page);
    assertEquals(List.of(), browser.consoleErrors());
    assertEquals(document.get("heading"), text(By.id("heading")));
    assertEquals(object(document.get("summary")).get("text"), text(By.id("summary")));
    String notes = text(By.id("notes"));
    assertTrue(notes.contains((String) document.get("noiseNote")), notes);
    assertTrue(notes.contains((String) document.get("pairingNote")), notes);
  }

  /**
   * The document says which lines changed (the loop's two lines, by the extra 1000 rounds); the
   * page marks exactly those, with the document's hits before and after, and no other.
   */
  @Test
  void exactlyTheLinesWhoseHitsChangedAreMarkedWithTheirHits() {
    browser.open(page);
    List<Map<String, Object>> methods = objects(document.get("methods"));
    List<WebElement> sections = browser.driver().findElements(By.cssSelector("section.method"));
    assertEquals(methods.size(), sections.size(), "a section per method of the document");
    List<String> changedInDocument = new ArrayList<>();
    int marked = 0;
    for (int m = 0; m < methods.size(); m++) {
      List<Map<String, Object>> rows = objects(methods.get(m).get("rows"));
      List<WebElement> shown = sections.get(m).findElements(By.cssSelector("tbody tr.line"));
      assertEquals(rows.size(), shown.size(), "a row per line of " + methods.get(m));
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        WebElement tr = shown.get(i);
        String where = methods.get(m).get("function") + " line " + row.get("line");
        assertEquals(String.valueOf(whole(row.get("line"))), tr.getAttribute("data-line"), where);
        boolean changed = row.get("hitsChange") != null && whole(row.get("hitsChange")) != 0;
        if (changed) {
          changedInDocument.add((String) row.get("text"));
        }
        boolean isMarked = tr.getAttribute("class").contains("changed");
        assertEquals(changed, isMarked, where);
        marked += isMarked ? 1 : 0;
        assertEquals(hits(row.get("hitsBefore")), cell(tr, "hits-before"), where);
        assertEquals(hits(row.get("hitsAfter")), cell(tr, "hits-after"), where);
        if (changed) {
          long change = whole(row.get("hitsChange"));
          assertEquals((change > 0 ? "+" : "\u2212") + Math.abs(change), cell(tr, "delta"), where);
        } else {
          assertEquals("", cell(tr, "delta"), where);
        }
      }
    }
    // The document itself against what the program did differently.
    assertEquals(2, changedInDocument.size(), changedInDocument.toString());
    assertTrue(changedInDocument.get(0).endsWith("// line:loop"), changedInDocument.toString());
    assertTrue(changedInDocument.get(1).endsWith("// line:body"), changedInDocument.toString());
    assertEquals(whole(object(document.get("summary")).get("changedLines")), marked);
  }

  /**
   * Both columns of the heat map, before and after, shade every line with time on that side, by its
   * share of the method's time there: the largest share the strongest shade.
   */
  @Test
  void bothHeatMapColumnsShadeTheLinesWithTime() {
    browser.open(page);
    List<Map<String, Object>> methods = objects(document.get("methods"));
    List<WebElement> sections = browser.driver().findElements(By.cssSelector("section.method"));
    for (int m = 0; m < methods.size(); m++) {
      Map<String, Object> method = methods.get(m);
      List<Map<String, Object>> rows = objects(method.get("rows"));
      List<WebElement> shown = sections.get(m).findElements(By.cssSelector("tbody tr.line"));
      for (String side : List.of("Before", "After")) {
        double total = decimal(method.get("nanos" + side));
        double largestShare = -1;
        double strongest = -1;
        int largest = -1;
        int shaded = 0;
        for (int i = 0; i < rows.size(); i++) {
          Object nanos = rows.get(i).get("nanos" + side);
          WebElement cell =
              shown.get(i).findElement(By.cssSelector("td.heat-" + side.toLowerCase()));
          double alpha = backgroundAlpha(cell);
          if (nanos == null || decimal(nanos) <= 0) {
            assertEquals(0, alpha, 1e-9, "no shade without time: row " + i);
            continue;
          }
          double share = decimal(nanos) / total;
          assertEquals(share, Double.parseDouble(cell.getAttribute("data-share")), 0.001);
          assertTrue(alpha > 0, side + " column unshaded in row " + rows.get(i));
          shaded++;
          if (share > largestShare) {
            largestShare = share;
            largest = i;
          }
          strongest = Math.max(strongest, alpha);
        }
        assertTrue(shaded > 0, side + ": some line has time");
        WebElement hottest =
            shown.get(largest).findElement(By.cssSelector("td.heat-" + side.toLowerCase()));
        assertEquals(strongest, backgroundAlpha(hottest), 1e-6, side + ": largest share darkest");
      }
    }
  }

  @Test
  void aScreenshotOfThePage() throws IOException {
    browser.open(page);
    Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
    Path kept = folder.resolve("diff-page.png");
    Files.copy(shot, kept, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    byte[] png = Files.readAllBytes(kept);
    assertTrue(png.length > 5_000, kept + ": " + png.length + " bytes");
    assertEquals((byte) 0x89, png[0], "a PNG");
    assertEquals('P', png[1]);
  }

  @Test
  void aPageThatCannotBeWrittenIsAOneLineError() {
    JvmResult bad =
        Jkernprof.run(
            folder, "diff", "--html", "no/such/folder/page.html", "base.lprof", "changed.lprof");
    assertEquals(2, bad.exitCode, bad.describe());
    assertEquals(
        List.of("jkernprof: cannot write no/such/folder/page.html: no such folder"),
        bad.stderr.lines().toList(),
        bad.describe());
    assertFalse(bad.stdout.contains("Hits changed"), "no report after the error: " + bad.stdout);
  }

  private static String cell(WebElement row, String cls) {
    return row.findElement(By.cssSelector("td." + cls)).getText().replace(",", "").strip();
  }

  /** Hits as the page writes them, without thousands separators; empty for none. */
  private static String hits(Object value) {
    if (value == null) {
      return "";
    }
    BigDecimal hits = (BigDecimal) value;
    return hits.stripTrailingZeros().scale() <= 0
        ? String.valueOf(hits.longValueExact())
        : hits.setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private double backgroundAlpha(WebElement element) {
    String colour =
        (String) browser.script("return getComputedStyle(arguments[0]).backgroundColor;", element);
    if (colour.startsWith("rgba(")) {
      String[] parts = colour.substring(5, colour.length() - 1).split(",");
      return Double.parseDouble(parts[3].strip());
    }
    return colour.startsWith("rgb(") ? 1 : 0;
  }

  private String text(By by) {
    return browser.driver().findElement(by).getText();
  }

  private static double decimal(Object value) {
    return ((BigDecimal) value).doubleValue();
  }
}
