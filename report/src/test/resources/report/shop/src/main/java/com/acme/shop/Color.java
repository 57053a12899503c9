package com.acme.shop;

import org.jkernprof.Profile;

/** An enum with a constructor and a method. */
public enum Color {
  RED(255, 0, 0),
  BLUE(0, 0, 255);

  private final int red;
  private final int green;
  private final int blue;

  @Profile
  Color(int red, int green, int blue) {
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  @Profile
  public int brightness() {
    int sum = red + green + blue;
    return switch (this) {
      case RED -> sum / 3;
      case BLUE -> sum / 4;
    };
  }
}
