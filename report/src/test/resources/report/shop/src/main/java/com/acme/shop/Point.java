package com.acme.shop;

import org.jkernprof.Profile;

/** A record with a compact constructor. */
public record Point(double x, double y) {
  @Profile
  public Point {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      throw new IllegalArgumentException("NaN coordinate");
    }
  }

  @Profile
  public double distanceTo(Point other) {
    double dx = x - other.x;
    double dy = y - other.y;
    return Math.sqrt(dx * dx + dy * dy);
  }
}
