package org.jkernprof.e2e.targets.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkernprof.junit5.JKernprofExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class that registers the extension itself and runs no profiled code. */
@ExtendWith(JKernprofExtension.class)
public class IdleChecks {
  @Test
  void touchesNothing() {
    assertTrue(Math.abs(-1) > 0);
  }

  @Test
  void restocksFour() {
    Restock.restock(4);
  }
}
