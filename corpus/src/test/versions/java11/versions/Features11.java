package versions;

import java.util.function.BiFunction;

/** Java 11: var in lambda parameters; nestmates reach each other's privates without accessors. */
public class Features11 {
  private int secret = 11;

  private int reveal() {
    return secret;
  }

  class Peer {
    int peek() {
      secret++;
      return reveal();
    }
  }

  public static String run() {
    BiFunction<Integer, Integer, Integer> mul = (var a, var b) -> a * b;
    Features11 outer = new Features11();
    return mul.apply(6, 7) + "/" + outer.new Peer().peek() + "/" + " x ".strip();
  }
}
