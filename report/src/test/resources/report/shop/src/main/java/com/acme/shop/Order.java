package com.acme.shop;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.Profile;

/** A constructor with a field initializer, and a nested class. */
public class Order {
  private final List<Line> lines = new ArrayList<>();
  private final int id;
  private final String customer;

  @Profile
  public Order(int id, String customer) {
    this.id = id;
    this.customer = customer;
  }

  public Order(int id) {
    this(id, "anonymous");
  }

  void add(Line line) {
    lines.add(line);
  }

  @Profile
  long total() {
    long sum = 0;
    for (Line line : lines) {
      sum += line.cost();
    }
    return sum;
  }

  /** One line of an order. */
  public static class Line {
    private final int quantity;
    private final long cents;

    public Line(int quantity, long cents) {
      this.quantity = quantity;
      this.cents = cents;
    }

    @Profile
    long cost() {
      return quantity * cents;
    }
  }
}
