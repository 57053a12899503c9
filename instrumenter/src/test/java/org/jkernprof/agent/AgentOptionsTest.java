package org.jkernprof.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing the agent's option string and the {@code JKERNPROF} environment variable. */
class AgentOptionsTest {
  @Test
  void byDefaultResultsAreWrittenOnlyAtExitAndRecordingStartsOn() {
    AgentOptions options = AgentOptions.parse("");
    assertEquals(OptionalDouble.empty(), options.intervalSeconds());
    assertTrue(options.startEnabled());
    assertFalse(options.verbose());
  }

  @Test
  void intervalTakesWholeAndFractionalSeconds() {
    assertEquals(OptionalDouble.of(5), AgentOptions.parse("interval=5").intervalSeconds());
    assertEquals(OptionalDouble.of(0.25), AgentOptions.parse("interval=0.25").intervalSeconds());
    assertEquals(
        OptionalDouble.of(0.001), AgentOptions.parse("quiet,interval=1.0E-3").intervalSeconds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"interval", "interval=", "interval=0", "interval=-1", "interval=soon"})
  void anIntervalThatIsNotAPositiveNumberIsRefusedWithAnExample(String option) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(option));
    assertTrue(e.getMessage().contains("positive number of seconds"), e.getMessage());
    assertTrue(e.getMessage().contains("interval=5"), e.getMessage());
  }

  @Test
  void startDisabledTurnsRecordingOffAtStartUp() {
    assertFalse(AgentOptions.parse("start=disabled").startEnabled());
    assertTrue(AgentOptions.parse("start=enabled").startEnabled());
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "start=off", "start=Disabled"})
  void startTakesOnlyEnabledOrDisabled(String option) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(option));
    assertTrue(e.getMessage().contains("start=disabled"), e.getMessage());
  }

  @Test
  void theListOfValidOptionsNamesTheNewOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("bogus"));
    assertTrue(e.getMessage().contains("interval=SECONDS"), e.getMessage());
    assertTrue(e.getMessage().contains("start=enabled|disabled"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "TRUE", " 1 "})
  void theEnvironmentVariableTurnsVerboseOn(String value) {
    assertTrue(AgentOptions.parse("quiet", value).verbose());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "", "false", "yes please"})
  void otherValuesOfTheEnvironmentVariableLeaveVerboseOff(String value) {
    assertFalse(AgentOptions.parse("", value).verbose());
  }

  @Test
  void anExplicitVerboseOptionWinsOverTheEnvironmentVariable() {
    assertFalse(AgentOptions.parse("verbose=false", "1").verbose());
    assertTrue(AgentOptions.parse("verbose", "0").verbose());
    assertFalse(AgentOptions.parse(null, null).verbose());
  }

  @Test
  void rawAsksForTimesAsMeasured() {
    assertFalse(AgentOptions.parse("verbose").raw());
    assertTrue(AgentOptions.parse("verbose,raw").raw());
    assertFalse(AgentOptions.parse("raw=false").raw());
    assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("raw=yes"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("bogus"));
    assertTrue(e.getMessage().contains(", memory, raw, "), e.getMessage());
  }

  @Test
  void timerSampledTakesTimeFromSamplesEveryMillisecondUnlessAskedOtherwise() {
    assertFalse(AgentOptions.parse("").sampled());
    assertFalse(AgentOptions.parse("timer=clock").sampled());
    AgentOptions sampled = AgentOptions.parse("timer=sampled");
    assertTrue(sampled.sampled());
    assertEquals(1_000_000, sampled.sampleIntervalNanos());
    assertEquals(
        500_000, AgentOptions.parse("timer=sampled,sample-interval=0.5").sampleIntervalNanos());
    assertEquals(
        10_000_000, AgentOptions.parse("timer=sampled,sample-interval=10").sampleIntervalNanos());
  }

  @Test
  void functionModeTakesTheSampledTimerToo() {
    AgentOptions options = AgentOptions.parse("mode=function,timer=sampled,sample-interval=2");
    assertTrue(options.functionMode());
    assertTrue(options.sampled());
    assertEquals(2_000_000, options.sampleIntervalNanos());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "timer=cpu",
        "timer",
        "timer=sampled,sample-interval=0",
        "timer=sampled,sample-interval=0.05",
        "timer=sampled,sample-interval=x",
        "timer=sampled,memory",
        "timer=sampled,mode=function,memory"
      })
  void aTimerOptionThatCannotApplyIsRefusedInOneLine(String option) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(option));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains("timer") || e.getMessage().contains("sample-interval"));
  }
}
