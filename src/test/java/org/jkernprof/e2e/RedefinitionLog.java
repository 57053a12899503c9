package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HotSpot's own log of the class redefinitions in a target JVM ({@code -Xlog:redefine+class...}),
 * read for what it says of one class: when a class is redefined, HotSpot compares every method of
 * the new version with the one running until then, and logs how many are equal modulo constant pool
 * indexes ("EMCP") and which changed ("obsolete").
 *
 * <p>That comparison is how the attach tests see the code a class runs after the detach without
 * trusting what an agent reads: retransformed once more, with no transformer left, the class gets
 * its original bytes again, so "no method obsolete" means it was running its original code already.
 * (Reading the class through an agent cannot tell: the read itself restores it.)
 */
final class RedefinitionLog {
  private static final Pattern COUNTS =
      Pattern.compile("\\[redefine,class,obsolete,mark *\\] EMCP_cnt=(\\d+), obsolete_cnt=(\\d+)");
  private static final Pattern CHANGED =
      Pattern.compile("\\[redefine,class,obsolete,mark *\\] mark (.+) as obsolete");
  private static final Pattern REDEFINED =
      Pattern.compile("\\[redefine,class,load *\\] redefined name=([^,]+), count=(\\d+)");

  private final Path file;

  RedefinitionLog(Path file) {
    this.file = file;
  }

  /** The JVM option that makes a target write this log. */
  String jvmOption() {
    return "-Xlog:redefine+class+obsolete+mark=trace,redefine+class+load=info:file=" + file;
  }

  /**
   * Retransforms {@code className} in the JVM {@code pid} once more, through a read of {@link
   * CurrentClassBytes}: with no transformer of jkernprof's left, with its original bytes. HotSpot
   * then compares those with the code it was running: what it found.
   */
  Redefinition compareWithOriginal(long pid, String className, long millis)
      throws InterruptedException {
    long mark = mark();
    CurrentClassBytes.read(pid, className);
    return awaitNext(className, mark, millis);
  }

  /** How much has been logged so far: where {@link #awaitNext} starts. */
  long mark() {
    return text().length();
  }

  /**
   * The first redefinition of {@code className} logged after {@code mark}, waiting up to {@code
   * millis} for it.
   */
  Redefinition awaitNext(String className, long mark, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      String text = text();
      List<Redefinition> all = parse(text.substring((int) Math.min(mark, text.length())));
      for (Redefinition r : all) {
        if (r.className().equals(className)) {
          return r;
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "no redefinition of " + className + " in " + file + " within " + millis + " ms");
      }
      Thread.sleep(20);
    }
  }

  private String text() {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The redefinitions in {@code log}, each ended by its "redefined name=" line. */
  static List<Redefinition> parse(String log) {
    List<Redefinition> all = new ArrayList<>();
    int equal = -1;
    int changed = -1;
    List<String> changedMethods = new ArrayList<>();
    for (String line : log.split("\n")) {
      Matcher m;
      if ((m = CHANGED.matcher(line)).find()) {
        changedMethods.add(m.group(1));
      } else if ((m = COUNTS.matcher(line)).find()) {
        equal = Integer.parseInt(m.group(1));
        changed = Integer.parseInt(m.group(2));
      } else if ((m = REDEFINED.matcher(line)).find()) {
        all.add(
            new Redefinition(
                m.group(1), Integer.parseInt(m.group(2)), equal, changed, changedMethods));
        equal = -1;
        changed = -1;
        changedMethods = new ArrayList<>();
      }
    }
    return all;
  }

  /**
   * One redefinition of a class, as HotSpot logged it.
   *
   * @param className the class's binary name
   * @param count how many times the class has been redefined, this one included
   * @param equalMethods methods equal to the running ones modulo constant pool indexes (-1: not
   *     logged)
   * @param changedMethods how many methods changed (-1: not logged)
   * @param changed the changed methods, as HotSpot names them ({@code
   *     greet((I)Ljava/lang/String;)})
   */
  record Redefinition(
      String className, int count, int equalMethods, int changedMethods, List<String> changed) {
    Redefinition {
      changed = List.copyOf(changed);
    }
  }
}
