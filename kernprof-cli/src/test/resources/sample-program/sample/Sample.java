package sample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jkernprof.Profile;

/**
 * The program the CLI tests profile: compiled by the tests, not by Maven. It reports what it
 * received and does what its arguments say: exit=N, halt (dies without running shutdown hooks),
 * stdin (echoes one line), sleep (says "ready", then sleeps), prop=NAME (prints a system property).
 * Comments hits(N) give each profiled line's expected hit count.
 */
public class Sample {
  public static void main(String[] args) throws Exception {
    System.out.println("sum=" + sumOfSquares(4));
    System.out.println("args=" + String.join("|", args));
    System.err.println("sample: to stderr");
    for (String arg : args) {
      if (arg.startsWith("exit=")) {
        System.exit(Integer.parseInt(arg.substring("exit=".length())));
      } else if (arg.equals("halt")) {
        System.out.flush();
        Runtime.getRuntime().halt(9);
      } else if (arg.equals("stdin")) {
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("stdin=" + in.readLine());
      } else if (arg.equals("sleep")) {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
      } else if (arg.startsWith("prop=")) {
        String name = arg.substring("prop=".length());
        System.out.println(name + "=" + System.getProperty(name));
      }
    }
  }

  @Profile
  static int sumOfSquares(int n) {
    int total = 0; // hits(1)
    for (int i = 0; i < n; i++) {
      total += i * i; // hits(4)
    }
    return total; // hits(1)
  }
}
