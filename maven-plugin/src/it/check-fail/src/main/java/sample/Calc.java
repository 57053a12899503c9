package sample;

import org.jkernprof.Profile;

public class Calc {
  @Profile
  public static int sumTo(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += i;
    }
    return total;
  }
}
