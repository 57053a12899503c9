package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.e2e.targets.AbstractAndNative;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;

/** Marked methods without code get one warning line each, and the program runs as always. */
class AbstractAndNativeTest extends ValidationTestBase {
  AbstractAndNativeTest() {
    super(AbstractAndNative.class);
  }

  @Override
  protected List<String> expectedWarnings() {
    return List.of("AbstractAndNative$Shape.area()", "AbstractAndNative.nativeClock()");
  }

  @Test
  void eachWarningNamesTheMethodAndSaysWhy() {
    List<String> warnings = run().agentLines();
    assertEquals(2, warnings.size(), warnings.toString());
    for (String w : warnings) {
      assertTrue(w.startsWith("jkernprof: not profiling "), w);
      boolean abstractOne = w.contains("area()");
      assertTrue(w.contains(abstractOne ? "abstract" : "native"), w);
    }
  }

  @Test
  void onlyTheImplementationOfTheAbstractMethodIsListed() {
    MethodProfile area = recorded().profile("area");
    assertEquals(AbstractAndNative.class.getName() + "$Square", area.className());
    assertEquals(1, recorded().names().size(), "listings: " + recorded().names());
  }
}
