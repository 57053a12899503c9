package sample.beta;

import org.jkernprof.Profile;

public class Beta {
  @Profile
  public static int sumBeta(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += i;
    }
    return total;
  }
}
