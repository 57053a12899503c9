package org.jkernprof.cli;

/** A JVM to list: says "ready", then sleeps until it is killed (or a minute has passed). */
public final class SleepsUntilKilled {
  private SleepsUntilKilled() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
