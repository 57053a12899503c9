package com.acme.shop;

import org.jkernprof.Profile;

/** Does not compile any more: a method's header was being edited after the class was profiled. */
public class BrokenHeader {
  @Profile
  int half(int x) throws {
    int result = x / 2;
    return result;
  }
}
