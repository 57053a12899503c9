package com.acme.shop;

import org.jkernprof.Profile;

/** Does not compile any more: the profiled class is older than this source. */
public class Broken {
  @Profile
  int half(int x) {
    int result = x / 2
    return result;
  }
}
