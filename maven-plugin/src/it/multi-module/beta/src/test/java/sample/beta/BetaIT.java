package sample.beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaIT {
  @Test
  void sums() {
    assertEquals(3, Beta.sumBeta(3));
  }
}
