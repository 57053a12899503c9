package org.jkernprof.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code include=} and {@code exclude=} agent options. */
class AgentPatternOptionsTest {
  @Test
  void repeatedKeysAndSemicolonsBothGiveSeveralPatterns() {
    AgentOptions options =
        AgentOptions.parse(
            "include=com.acme.**,quiet,include=org.foo.Bar#run;org.foo.Baz,exclude=com.acme.gen.*");
    MethodSelection selection = options.selection();
    assertEquals(
        List.of("com.acme.**", "org.foo.Bar#run", "org.foo.Baz"),
        texts(selection.includePatterns()));
    assertEquals(List.of("com.acme.gen.*"), texts(selection.excludePatterns()));
    assertTrue(options.quiet());
    assertTrue(selection.includes("org/foo/Bar", "run", "()V"));
    assertFalse(selection.includes("com/acme/gen/Parser", "parse", "()V"));
  }

  @Test
  void withoutPatternsNothingIsSelected() {
    for (String options : new String[] {null, "", "quiet,verbose"}) {
      MethodSelection selection = AgentOptions.parse(options).selection();
      assertFalse(selection.hasIncludes(), options);
      assertTrue(selection.excludePatterns().isEmpty(), options);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "include=| agent option 'include' needs a pattern",
        "exclude| agent option 'exclude' needs a pattern",
        "include=#run| agent option 'include': '#run' is not a valid pattern: no class before '#'",
        "include=com.acme.*;;com.foo.*| agent option 'include': '' is not a valid pattern: it is"
            + " empty",
        "include=com.acme.*;| agent option 'include': '' is not a valid pattern",
        "exclude=com/acme/Report| agent option 'exclude': 'com/acme/Report' is not a valid pattern",
        "include=a=b| agent option 'include': 'a=b' is not a valid pattern: '=' cannot be",
      })
  void anInvalidPatternIsOneLineNamingTheOptionAndWhy(String options, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(options));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void theListOfValidOptionsNamesThePatterns() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("includes=x"));
    assertTrue(e.getMessage().contains("include=PATTERN, exclude=PATTERN"), e.getMessage());
  }

  private static List<String> texts(List<MethodPattern> patterns) {
    return patterns.stream().map(MethodPattern::text).collect(Collectors.toList());
  }
}
