package org.jkernprof.e2e.targets;

import java.io.IOException;
import java.nio.file.Paths;
import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/**
 * Profiles only some calls, switching with JKernprof, and dumps the results to the file named by
 * its argument before switching off for good. Hits count the calls work(3) and work(4) only.
 */
public class Sections {
  @Profile
  static int work(int n) {
    int acc = 0; // hits(2)
    for (int i = 0; i < n; i++) { // hits(9) 4 for work(3), 5 for work(4)
      acc += i; // hits(7)
    }
    return acc; // hits(2)
  }

  @Profile
  static void switchesOffMidway() {
    JKernprof.disable(); // hits(1) this call started while on, so it is recorded to its end
    work(50); // hits(1) but the call of work it makes is not
    JKernprof.enable(); // hits(1)
  }

  public static void main(String[] args) throws IOException {
    boolean agent = JKernprof.isAgentLoaded();
    JKernprof.disable();
    work(100);
    JKernprof.enable();
    work(3);
    switchesOffMidway();
    work(4);
    boolean dumped = JKernprof.dump(Paths.get(args[0]));
    JKernprof.disable();
    boolean enabled = JKernprof.isEnabled();
    work(1000);
    System.out.println("agent=" + agent + " dumped=" + dumped + " enabled=" + enabled);
  }
}
