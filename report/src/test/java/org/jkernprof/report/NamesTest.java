package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How classes, constructors and descriptor parameters are named in the report. */
class NamesTest {
  @Test
  void nestedClassesAreJoinedByDotsAnonymousAndLocalOnesKeepTheirDollar() {
    assertEquals("Order", ClassDisplayNames.simpleName("com.acme.Order"));
    assertEquals("Order.Line", ClassDisplayNames.simpleName("com.acme.Order$Line"));
    assertEquals("Outer.Inner$1", ClassDisplayNames.simpleName("Outer$Inner$1"));
    assertEquals("Outer$1Local", ClassDisplayNames.simpleName("com.acme.Outer$1Local"));
  }

  @Test
  void aConstructorIsNamedAfterItsInnermostClass() {
    assertEquals("Order", ClassDisplayNames.constructorName("com.acme.Order"));
    assertEquals("Line", ClassDisplayNames.constructorName("com.acme.Order$Line"));
    assertEquals("Local", ClassDisplayNames.constructorName("com.acme.Outer$1Local"));
  }

  @Test
  void descriptorParametersAreSimpleErasedNames() {
    assertEquals(
        List.of("int", "List", "String[]", "long[][]", "Order.Line", "boolean"),
        DescriptorParameters.simpleNames(
            "(ILjava/util/List;[Ljava/lang/String;[[JLcom/acme/Order$Line;Z)V"));
    assertEquals(List.of(), DescriptorParameters.simpleNames("()V"));
    assertEquals(List.of(), DescriptorParameters.simpleNames("(Ljava/lang/String"));
    assertEquals(List.of(), DescriptorParameters.simpleNames("garbage"));
  }

  @Test
  void theExpectedSourcePathIsGuessedFromTheTopLevelClassWhenTheClassFileNamesNone() {
    assertEquals(
        "com/acme/Outer.java",
        MethodListings.expectedSourcePath(
            Profiles.method("com.acme.Outer$Inner", "run", "()V", "", 0)));
    assertEquals(
        "com/acme/Shapes.java",
        MethodListings.expectedSourcePath(
            Profiles.method("com.acme.Square", "run", "()V", "Shapes.java", 0)));
  }
}
