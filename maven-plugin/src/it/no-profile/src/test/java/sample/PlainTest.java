package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTest {
  @Test
  void doubles() {
    assertEquals(4, Plain.twice(2));
  }
}
