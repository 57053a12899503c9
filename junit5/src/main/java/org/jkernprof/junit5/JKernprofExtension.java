package org.jkernprof.junit5;

import org.jkernprof.JKernprof;
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

  @Override
  public void afterEach(ExtensionContext context) {
    TestSpan span = context.getStore(NAMESPACE).remove(TestSpan.class, TestSpan.class);
    if (span != null) {
      span.close();
    }
  }
}
