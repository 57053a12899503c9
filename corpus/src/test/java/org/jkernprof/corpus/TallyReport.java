package org.jkernprof.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The tally as markdown: the tables, the notes that explain their cells, release by release. */
final class TallyReport {
  private TallyReport() {}

  /**
   * @param releases the tallies of the Java 8..25 class files by release, empty if unchecked
   * @param releaseChecks what JDK 25 said of them, or null
   * @param notes what the run itself has to say
   */
  static String render(
      List<CorpusTally> rows,
      Map<Integer, CorpusTally> releases,
      ReleaseChecks releaseChecks,
      List<String> notes,
      long seconds) {
    StringBuilder md = new StringBuilder("# Every method of real bytecode\n\n");
    md.append(
        String.format(
            "%s, %d cores, JDK %s; the checks took %d s.%n%n",
            LocalDate.now(), Runtime.getRuntime().availableProcessors(), jdkVersion(), seconds));
    md.append(TallyTable.summary(rows)).append('\n');
    md.append(TallyTable.skips(rows)).append('\n');
    List<String> all = new ArrayList<>(notes);
    rows.forEach(row -> all.addAll(notesOn(row)));
    all.forEach(note -> md.append("- ").append(note).append('\n'));
    if (!releases.isEmpty()) {
      md.append("\n## The Java 8..25 class files, release by release\n\n")
          .append(
              "| Release | Class file version | Classes | Methods | Instrumented, line / function"
                  + " | Linked (line / function) | Same result under the agent (line / function)"
                  + " |\n")
          .append("|--:|--:|--:|--:|--:|--:|--:|\n");
      releases.forEach(
          (release, t) ->
              md.append(
                  String.format(
                      "| %d | %d | %d | %d | %d / %d | %s / %s | %s / %s |%n",
                      release,
                      VersionedClasses.majorVersion(release),
                      t.classes,
                      t.methods,
                      t.lineProbed,
                      t.functionProbed,
                      linked(t.linkedLine),
                      linked(t.linkedFunction),
                      same(releaseChecks, Mode.LINE, release),
                      same(releaseChecks, Mode.FUNCTION, release))));
    }
    return md.toString();
  }

  /** The running JDK's version number alone: {@code 17.0.15}. */
  static String jdkVersion() {
    return Runtime.version().version().stream()
        .map(String::valueOf)
        .collect(java.util.stream.Collectors.joining("."));
  }

  private static List<String> notesOn(CorpusTally row) {
    List<String> notes = new ArrayList<>();
    if (!row.tooLarge.isEmpty()) {
      notes.add(
          row.name
              + ": "
              + row.tooLarge.size()
              + (row.tooLargeChanged.isEmpty()
                  ? " left as they were (same code), over 64 KB with probes: "
                  : " over 64 KB with probes, and CHANGED all the same: ")
              + String.join(", ", new TreeSet<>(row.tooLarge)));
    }
    if (!row.uncheckable.isEmpty()) {
      notes.add(
          row.name
              + ": "
              + row.uncheckable.size()
              + " methods ASM's verifier rejects in the original class too, so it cannot judge"
              + " them: "
              + String.join("; ", first(row.uncheckable, 5)));
    }
    for (LinkResult result :
        new LinkResult[] {row.linkedLine, row.linkedFunction, row.agentLine, row.agentFunction}) {
      if (result != null && !result.unlinkable().isEmpty()) {
        int more = result.unlinkable().size() - 5;
        notes.add(
            row.name
                + ": not linkable, for reasons other than verification: "
                + String.join("; ", first(result.unlinkable(), 5))
                + (more > 0 ? " and " + more + " more" : ""));
      }
    }
    return notes;
  }

  private static String linked(LinkResult result) {
    return result == null ? "n/a" : String.valueOf(result.linked());
  }

  private static String same(ReleaseChecks checks, Mode mode, int release) {
    return checks != null && checks.sameResult(mode, release) ? "yes" : "NO";
  }

  static List<String> first(List<String> items, int n) {
    return items.subList(0, Math.min(n, items.size()));
  }
}
