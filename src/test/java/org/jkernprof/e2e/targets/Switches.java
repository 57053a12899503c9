package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** switch in every form: old with fall-through, arrow, switch expressions, strings and enums. */
public class Switches {
  enum Color {
    RED,
    GREEN,
    BLUE
  }

  /** Called with 0, 0, 1, 2, 3, 4, 5. */
  @Profile
  static int oldSwitch(int k) {
    int r = 0; // hits(7)
    switch (k) { // hits(7)
      case 0:
        r += 1; // hits(2)
        // fall through
      case 1:
        r += 10; // hits(3)
        break; // hits(3)
      case 2:
        r += 100; // hits(1)
        break; // hits(1)
      default:
        r = -1; // hits(3)
    }
    return r; // hits(7)
  }

  /** Called with SAT, SUN, MON, TUE, WED. */
  @Profile
  static String arrowStringSwitch(String day) {
    String kind;
    switch (day) { // hits(5)
      case "SAT", "SUN" -> kind = "weekend"; // hits(2)
      case "MON" -> {
        kind = "start"; // hits(1)
      }
      default -> kind = "weekday"; // hits(2)
    }
    return kind; // hits(5)
  }

  /** Called with a, b, c, a, z. */
  @Profile
  static int oldStringSwitch(String s) {
    switch (s) { // hits(5)
      case "a":
        return 1; // hits(2)
      case "b":
      case "c":
        return 2; // hits(2)
      default:
        return 0; // hits(1)
    }
  }

  /** Called with 1, 2, 3, 9. */
  @Profile
  static int switchExpression(int k) {
    int r = switch (k) { // hits(4)
      case 1, 2 -> 10; // hits(2)
      case 3 -> {
        int t = k * 7; // hits(1)
        yield t; // hits(1)
      }
      // The store into r after the switch falls inside this line's range in the line table; the
      // other cases' jumps to it must not count as entering this line.
      default -> 0; // hits(1)
    };
    return r; // hits(4)
  }

  /** Called with RED, GREEN, BLUE, BLUE. */
  @Profile
  static String enumSwitch(Color c) {
    switch (c) { // hits(4)
      case RED:
        return "warm"; // hits(1)
      case GREEN:
        return "natural"; // hits(1)
      default:
        return "cold"; // hits(2)
    }
  }

  public static void main(String[] args) {
    int[] ks = {0, 0, 1, 2, 3, 4, 5};
    for (int k : ks) {
      System.out.println("old " + k + " -> " + oldSwitch(k));
    }
    for (String day : new String[] {"SAT", "SUN", "MON", "TUE", "WED"}) {
      System.out.println("arrow " + day + " -> " + arrowStringSwitch(day));
    }
    for (String s : new String[] {"a", "b", "c", "a", "z"}) {
      System.out.println("old string " + s + " -> " + oldStringSwitch(s));
    }
    for (int k : new int[] {1, 2, 3, 9}) {
      System.out.println("expression " + k + " -> " + switchExpression(k));
    }
    for (Color c : new Color[] {Color.RED, Color.GREEN, Color.BLUE, Color.BLUE}) {
      System.out.println("enum " + c + " -> " + enumSwitch(c));
    }
  }
}
