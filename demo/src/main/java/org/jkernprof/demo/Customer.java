package org.jkernprof.demo;

/** A customer of the report job: an id and the sales region it belongs to. Immutable. */
final class Customer {
  private final int id;
  private final String region;

  Customer(int id, String region) {
    this.id = id;
    this.region = region;
  }

  int id() {
    return id;
  }

  String region() {
    return region;
  }
}
