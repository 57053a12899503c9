package sample;

public class Plain {
  public static int twice(int n) {
    return 2 * n;
  }
}
