package sample.alpha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
  @Test
  void sums() {
    assertEquals(10, Alpha.sumAlpha(5));
  }
}
