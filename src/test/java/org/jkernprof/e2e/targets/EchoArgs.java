package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Prints each argument on a line of its own, says on standard error how many there were, and exits
 * with the code given as its first argument: what a command must pass through to the program and
 * back. Run with four arguments; one @Profile method is never called.
 */
public class EchoArgs {
  @Profile
  static int echo(String[] args) {
    for (String arg : args) { // hits(5)
      System.out.println("arg: " + arg); // hits(4)
    }
    System.err.println("echoed " + args.length + " arguments"); // hits(1)
    return Integer.parseInt(args[0]); // hits(1)
  }

  @Profile
  static void neverCalled() {
    System.out.println("never printed"); // hits(0)
  }

  public static void main(String[] args) {
    System.exit(echo(args));
  }
}
