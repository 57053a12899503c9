package org.jkernprof.e2e.targets.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JUnit 5 tests run by {@link RunChecks} under the agent, with the extension found by JUnit's
 * auto-detection. Not named *Test, so that surefire leaves it to the child JVM.
 */
public class RestockChecks {
  @BeforeEach
  void setUp() {
    Restock.prepare();
  }

  @Test
  void restocksThree() {
    assertEquals(3, Restock.restock(3));
  }

  @Test
  void restocksFive() {
    assertEquals(10, Restock.restock(5));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void restocksSome(int items) {
    assertEquals(items * (items - 1) / 2, Restock.restock(items));
  }
}
