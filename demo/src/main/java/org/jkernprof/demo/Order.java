package org.jkernprof.demo;

/** An order of the report job: who placed it and its amount in cents. Immutable. */
final class Order {
  private final int customerId;
  private final long amountCents;

  Order(int customerId, long amountCents) {
    this.customerId = customerId;
    this.amountCents = amountCents;
  }

  int customerId() {
    return customerId;
  }

  long amountCents() {
    return amountCents;
  }
}
