package org.jkernprof.agent.callcost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkernprof.results.CallProbeCost;
import org.junit.jupiter.api.Test;

class CalibrationRoundsTest {
  @Test
  void isNeverStableBeforeTheJitHadTimeToCompile() {
    CalibrationRounds rounds = new CalibrationRounds();
    for (int i = 1; i < CalibrationRounds.MIN_ROUNDS; i++) {
      rounds.add(20, 30);
      assertFalse(rounds.stable(), "round " + i);
    }
    rounds.add(20, 30);
    assertTrue(rounds.stable());
  }

  @Test
  void isStableOnceTwoWindowsAgree() {
    CalibrationRounds rounds = new CalibrationRounds();
    for (int i = 0; i < CalibrationRounds.MIN_ROUNDS; i++) {
      rounds.add(2, 60);
    }
    // The JIT compiled the probes anew: the figures move, and must settle again. The medians see
    // the move once it holds most of the last window, and agree again once it holds most of both.
    for (int i = 0; i < 2 * CalibrationRounds.WINDOW - 1; i++) {
      rounds.add(20, 30 + (i % 2));
      if (i >= CalibrationRounds.WINDOW / 2 && i <= CalibrationRounds.WINDOW + 1) {
        assertFalse(rounds.stable(), "round " + i + " after the move");
      }
    }
    rounds.add(20, 31);
    assertTrue(rounds.stable());
    CallProbeCost cost = rounds.cost();
    assertEquals(20, cost.insideNanos());
    assertEquals(30.5, cost.outsideNanos());
    assertEquals(0.5, cost.spreadNanos());
  }

  @Test
  void aRoundThatMetAPauseDoesNotMoveTheFigure() {
    CalibrationRounds rounds = new CalibrationRounds();
    for (int i = 0; i < CalibrationRounds.MIN_ROUNDS; i++) {
      rounds.add(20, i == CalibrationRounds.MIN_ROUNDS - 3 ? 900 : 30);
    }
    assertTrue(rounds.stable());
    assertEquals(50, rounds.cost().perCallNanos());
  }

  @Test
  void negativeFiguresCountAsZero() {
    CalibrationRounds rounds = new CalibrationRounds();
    rounds.add(-3, 12);
    assertEquals(0, rounds.cost().insideNanos());
    assertEquals(12, rounds.cost().outsideNanos());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, CalibrationRounds.median(new double[] {4, 1, 3, 2}));
  }
}
