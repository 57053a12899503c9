package org.jkernprof.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.Profile;

/** Revenue per sales region. */
final class RevenueReport {
  /**
   * Sums the orders' amounts per region of their customer. Deliberately slow: it rebuilds the
   * customer index for every order instead of once before the loop, the kind of mistake a line
   * profiler shows at a glance.
   */
  @Profile
  Map<String, Long> build(List<Order> orders, List<Customer> customers) {
    Map<String, Long> revenueByRegion = new TreeMap<>();
    for (Order order : orders) {
      Map<Integer, Customer> customersById = indexById(customers);
      Customer customer = customersById.get(order.customerId());
      revenueByRegion.merge(customer.region(), order.amountCents(), Long::sum);
    }
    return revenueByRegion;
  }

  private static Map<Integer, Customer> indexById(List<Customer> customers) {
    Map<Integer, Customer> index = new HashMap<>();
    for (Customer customer : customers) {
      index.put(customer.id(), customer);
    }
    return index;
  }
}
