package org.jkernprof.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The "report" scenario: builds a {@link RevenueReport} over generated, repeatable sales data. */
final class ReportJob {
  static final int CUSTOMERS = 2_000;
  static final int ORDERS = 10_000;
  private static final String[] REGIONS = {"north", "east", "south", "west"};

  private ReportJob() {}

  static void main() {
    for (String line : reportLines()) {
      System.out.println(line);
    }
  }

  /** The printed report. Seeded data: every run does the same work and prints the same lines. */
  static List<String> reportLines() {
    Random random = new Random(42);
    List<Customer> customers = new ArrayList<>();
    for (int id = 0; id < CUSTOMERS; id++) {
      customers.add(new Customer(id, REGIONS[random.nextInt(REGIONS.length)]));
    }
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      orders.add(new Order(random.nextInt(CUSTOMERS), 100 + random.nextInt(100_000)));
    }
    Map<String, Long> revenue = new RevenueReport().build(orders, customers);
    List<String> lines = new ArrayList<>();
    lines.add("Revenue by region, " + ORDERS + " orders:");
    for (Map.Entry<String, Long> region : revenue.entrySet()) {
      lines.add(
          String.format(Locale.ROOT, "  %-5s %,14.2f", region.getKey(), region.getValue() / 100.0));
    }
    return lines;
  }
}
