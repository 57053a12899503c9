package org.jkernprof.junit5;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkernprof.JKernprof;
import org.jkernprof.TestHits;
import org.jkernprof.TestSpan;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Splits line-by-line results by test: tells the jkernprof agent where each test begins (before its
 * {@code @BeforeEach} methods) and ends (after its {@code @AfterEach} methods), so that {@code
 * jkernprof view --by-test} shows which test drove which lines. Without the agent it does nothing.
 *
 * <p>Register it on a test class with {@code @ExtendWith(JKernprofExtension.class)}, or for every
 * test through JUnit's extension auto-detection, in {@code
 * src/test/resources/junit-platform.properties}:
 *
 * <pre>
 * junit.jupiter.extensions.autodetection.enabled=true
 * junit.jupiter.extensions.autodetection.include=org.jkernprof.*
 * </pre>
 *
 * <p>Tests that run in parallel in one JVM are each credited with everything that ran while they
 * did; the split results mark them.
 */
public final class JKernprofExtension implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(JKernprofExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    if (JKernprof.isAgentLoaded()) {
      // Registered twice (auto-detected and @ExtendWith), the extension marks the test once.
      context
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              TestSpan.class, key -> JKernprof.beginTest(TestNames.of(context)), TestSpan.class);
    }
  }

  /**
   * Ends the test's span and checks its {@link HitBudget}s against what its lines recorded: the
   * test fails with one line per broken budget.
   */
  @Override
  public void afterEach(ExtensionContext context) {
    TestSpan span = context.getStore(NAMESPACE).remove(TestSpan.class, TestSpan.class);
    if (span == null) {
      return;
    }
    List<HitBudget> budgets = new ArrayList<>();
    context
        .getTestMethod()
        .ifPresent(m -> budgets.addAll(Arrays.asList(m.getAnnotationsByType(HitBudget.class))));
    context
        .getTestClass()
        .ifPresent(c -> budgets.addAll(Arrays.asList(c.getAnnotationsByType(HitBudget.class))));
    if (budgets.isEmpty()) {
      // Most tests have no budget: their end need not gather every line's hits.
      span.close();
      return;
    }
    TestHits hits = span.end();
    if (!hits.recorded()) {
      return;
    }
    List<String> broken = new ArrayList<>();
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    for (HitBudget budget : budgets) {
      Budget.check(budget, hits, loader).ifPresent(broken::add);
    }
    if (!broken.isEmpty()) {
      throw new AssertionError(
          "jkernprof: "
              + (broken.size() == 1 ? "budget broken: " : broken.size() + " budgets broken: ")
              + String.join("; ", broken));
    }
  }
}
