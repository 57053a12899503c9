package org.jkernprof.junit5;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.jkernprof.TestHits;

/** Checks one {@link HitBudget} against a test's hits. */
final class Budget {
  private Budget() {}

  /**
   * What broke, in one line ({@code com.acme.Parser#parse: hits 130,000 > 120,000}), or empty if
   * the budget holds. A budget naming a class that {@code loader} does not have, or a method its
   * class does not declare, is broken too: it could never fail, whatever the code did.
   *
   * @param loader the test's class loader, which looks the budget's class up (without initializing
   *     it)
   * @throws IllegalArgumentException if the budget's method is not {@code CLASS#METHOD}
   */
  static Optional<String> check(HitBudget budget, TestHits hits, ClassLoader loader) {
    String method = budget.method().trim();
    int hash = method.indexOf('#');
    if (hash <= 0 || hash == method.length() - 1 || method.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException(
          "@HitBudget(method = \""
              + budget.method()
              + "\"): write CLASS#METHOD, e.g. com.acme.Parser#parse");
    }
    String className = method.substring(0, hash);
    String methodName = method.substring(hash + 1);
    Optional<String> misnamed = misnamed(method, className, methodName, loader);
    if (misnamed.isPresent()) {
      return misnamed;
    }
    long figure =
        budget.line() > 0
            ? hits.ofLine(className, methodName, budget.line())
            : hits.ofMethod(className, methodName);
    if (figure <= budget.maxHits()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s%s: hits %,d > %,d",
            method,
            budget.line() > 0 ? ":" + budget.line() : "",
            figure,
            budget.maxHits()));
  }

  /** Why the budget names nothing that can run, or empty if its class declares its method. */
  private static Optional<String> misnamed(
      String method, String className, String methodName, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      return Optional.of(
          method
              + ": no class "
              + className
              + " (write its binary name: com.acme.Outer$Inner for a nested class)");
    } catch (LinkageError e) {
      return Optional.of(method + ": class " + className + " cannot be loaded: " + e);
    }
    if (methodName.equals("<init>") || methodName.equals("<clinit>")) {
      return Optional.empty();
    }
    for (Method declared : type.getDeclaredMethods()) {
      if (declared.getName().equals(methodName)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        method
            + ": "
            + className
            + " declares no method "
            + methodName
            + " (<init> names its constructors)");
  }
}
