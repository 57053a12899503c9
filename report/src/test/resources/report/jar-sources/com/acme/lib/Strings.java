package com.acme.lib;

import org.jkernprof.Profile;

/** Shipped only in lib-1.0-sources.jar. */
public final class Strings {
  private Strings() {}

  @Profile
  public static String repeat(String text, int times) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < times; i++) {
      sb.append(text);
    }
    return sb.toString();
  }
}
