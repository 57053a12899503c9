package org.jkernprof.bench.library;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A real library at its own work, for the whole-library benchmark: jsoup parses real HTML pages
 * (javadoc of this project, made by the JDK's {@code javadoc}), selects from them with CSS queries,
 * resolves their links and writes them out again, round after round. Nothing here is timed by the
 * library's code; the loop only calls jsoup's public API as an application would.
 *
 * <p>Usage: {@code HtmlWorkload PAGES_FOLDER ROUNDS}. Prints one line: {@code elapsed-nanos
 * main-thread-cpu-nanos fastest-round-nanos checksum pages-parsed}; the checksum is the same for
 * every run of the same pages and rounds, so a profiled run can be checked to compute what the
 * plain run computes.
 */
public final class HtmlWorkload {
  private HtmlWorkload() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HtmlWorkload PAGES_FOLDER ROUNDS");
      System.exit(2);
    }
    List<Page> pages = read(Path.of(args[0]));
    int rounds = Integer.parseInt(args[1]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long checksum = 0;
    long fastestRound = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long roundStart = System.nanoTime();
      for (Page page : pages) {
        checksum = checksum * 31 + visit(page);
      }
      fastestRound = Math.min(fastestRound, System.nanoTime() - roundStart);
    }
    long elapsed = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - startCpu;
    System.out.println(
        elapsed
            + " "
            + cpu
            + " "
            + fastestRound
            + " "
            + checksum
            + " "
            + (long) rounds * pages.size());
  }

  private static long visit(Page page) {
    Document document = Jsoup.parse(page.html, page.baseUri);
    long sum = document.title().hashCode();
    for (Element link : document.select("a[href]")) {
      sum += link.absUrl("href").hashCode();
    }
    for (Element block : document.select("div.block, section.detail h3, code")) {
      sum += block.text().length();
    }
    sum += document.select("table tr:nth-child(odd) > td").size();
    sum += document.outerHtml().length();
    return sum;
  }

  private static List<Page> read(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> html =
          files.filter(f -> f.toString().endsWith(".html")).sorted().collect(Collectors.toList());
      List<Page> pages = new ArrayList<>();
      for (Path file : html) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        pages.add(new Page(text, "https://jkernprof.example/" + folder.relativize(file)));
      }
      if (pages.isEmpty()) {
        throw new IOException("no .html files in " + folder);
      }
      return pages;
    }
  }

  private static final class Page {
    final String html;
    final String baseUri;

    Page(String html, String baseUri) {
      this.html = html;
      this.baseUri = baseUri;
    }
  }
}
