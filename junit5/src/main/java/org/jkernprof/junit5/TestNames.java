package org.jkernprof.junit5;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The names split results give tests: {@code com.acme.CartTest#addsItems()}, with the parameter
 * types of the test method, and for each invocation of a parameterized or repeated test its display
 * name: {@code com.acme.CartTest#adds(int) [2] 5}.
 */
final class TestNames {
  private static final String INVOCATION_SEGMENT = "-invocation:";

  private TestNames() {}

  static String of(ExtensionContext context) {
    StringBuilder name = new StringBuilder();
    name.append(context.getRequiredTestClass().getName()).append('#');
    Method method = context.getRequiredTestMethod();
    name.append(method.getName()).append('(');
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        name.append(", ");
      }
      name.append(parameters[i].getSimpleName());
    }
    name.append(')');
    if (isInvocation(context.getUniqueId())) {
      name.append(' ').append(context.getDisplayName());
    }
    return name.toString();
  }

  /** Whether the unique id ends in one invocation of a test template, not a plain test. */
  private static boolean isInvocation(String uniqueId) {
    int lastSegment = uniqueId.lastIndexOf("/[");
    return lastSegment >= 0 && uniqueId.indexOf(INVOCATION_SEGMENT, lastSegment) >= 0;
  }
}
