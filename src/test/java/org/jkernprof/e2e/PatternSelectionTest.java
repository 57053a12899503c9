package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jkernprof.e2e.targets.PatternSelection;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;

/**
 * A program without a single {@code @Profile}, profiled by the agent's {@code include} and {@code
 * exclude} patterns alone: methods by name, whole classes, nested classes, constructors by either
 * name and a static initializer, with an exclusion.
 */
class PatternSelectionTest extends ValidationTestBase {
  private static final String TARGET = PatternSelection.class.getName();

  PatternSelectionTest() {
    super(PatternSelection.class);
  }

  @Override
  protected List<String> agentOptions() {
    return List.of(
        "include=" + TARGET + "#compute*",
        "include=" + TARGET + "$Report",
        "exclude=" + TARGET + "$Report#skipped",
        "include=" + TARGET + "$Outer$*",
        // Two patterns in one value, separated by ';'.
        "include=" + TARGET + "$Point#<init>;" + TARGET + "$Pair#Pair",
        "include=" + TARGET + "$Shape",
        "include=" + TARGET + "$Shape#area",
        "include=" + TARGET + "$Item#compareTo",
        "include=" + TARGET + "$Config#<clinit>",
        "include=" + TARGET + "$Level*",
        "include=java.**");
  }

  @Override
  protected List<String> expectedWarnings() {
    return List.of(
        "not profiling " + TARGET + "$Shape.area(): it is abstract",
        "include pattern 'java.**' can only match classes of the JDK or of jkernprof");
  }

  @Test
  void listsTheSelectedMethodsAndNothingElse() {
    Set<String> listed = new TreeSet<>();
    for (MethodProfile m : run().results().methods()) {
      listed.add(m.className().substring(TARGET.length()) + "." + m.methodName());
    }
    // No lambda or anonymous class of a method, no bridge, excluded method or unselected nested
    // class among them.
    assertEquals(
        Set.of(
            ".computeSum",
            ".computeNothing",
            "$Report.<init>",
            "$Report.add",
            "$Report.build",
            "$Outer$Inner.<init>",
            "$Outer$Inner.innerValue",
            "$Point.<init>",
            "$Pair.<init>",
            "$Shape.<init>",
            "$Shape.twiceArea",
            "$Item.compareTo",
            "$Config.<clinit>",
            "$Level.<init>",
            "$Level.values",
            "$Level.valueOf",
            "$Level.lambda$static$0",
            "$Level$1.weight",
            "$Level$2.weight"),
        listed);
  }

  @Test
  void theBridgeMethodIsNotListed() {
    MethodProfile compareTo = recorded().profile("compareTo");
    assertTrue(compareTo.descriptor().startsWith("(L"), compareTo.key());
  }
}
