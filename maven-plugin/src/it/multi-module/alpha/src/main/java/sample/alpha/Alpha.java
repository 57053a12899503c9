package sample.alpha;

import org.jkernprof.Profile;

public class Alpha {
  @Profile
  public static int sumAlpha(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += i;
    }
    return total;
  }
}
