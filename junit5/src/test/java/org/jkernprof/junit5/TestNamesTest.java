package org.jkernprof.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

class TestNamesTest {
  /** Collects the name each test would be given. */
  static final class NameRecorder implements BeforeEachCallback {
    static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beforeEach(ExtensionContext context) {
      NAMES.add(TestNames.of(context));
    }
  }

  @ExtendWith(NameRecorder.class)
  static class Sample {
    @Test
    void plain() {}

    @ParameterizedTest
    @ValueSource(ints = {3, 5})
    void sized(int size) {}

    @RepeatedTest(2)
    void repeated() {}

    @Nested
    class Inner {
      @Test
      void deep() {}
    }
  }

  @Test
  void namesTestsByClassMethodAndInvocation() {
    NameRecorder.NAMES.clear();
    long failures = run(Sample.class);
    assertEquals(0, failures);
    List<String> names = new ArrayList<>(NameRecorder.NAMES);
    Collections.sort(names);
    String sample = Sample.class.getName();
    assertEquals(
        List.of(
            sample + "#plain()",
            sample + "#repeated() repetition 1 of 2",
            sample + "#repeated() repetition 2 of 2",
            sample + "#sized(int) [1] 3",
            sample + "#sized(int) [2] 5",
            sample + "$Inner#deep()"),
        names);
  }

  static long run(Class<?> testClass) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    return summary.getSummary().getTotalFailureCount();
  }
}
