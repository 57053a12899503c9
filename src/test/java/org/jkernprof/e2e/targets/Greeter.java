package org.jkernprof.e2e.targets;

/**
 * The answer of {@link GreetingServer}'s {@code /greet?n=N}: a deterministic function of N with a
 * loop and a branch, so that its lines have different hits for each N. The attach tests compute the
 * same answers in their own JVM, and each line's hits from N ({@code GreeterLines}); they select
 * this class with {@code --include}, so it carries no {@code @Profile}.
 */
public final class Greeter {
  private Greeter() {}

  /** {@code hello N: SCORE}, after {@code N % 8 + 1} rounds. */
  public static String greet(int n) {
    int score = 0;
    for (int i = 0; i <= n % 8; i++) {
      if ((n + i) % 3 == 0) {
        score += i;
      } else {
        score -= 1;
      }
    }
    return "hello " + n + ": " + score;
  }
}
