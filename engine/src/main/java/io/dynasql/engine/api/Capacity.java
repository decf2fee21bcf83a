package io.dynasql.engine.api;

/** Read and write units consumed on one table or index. */
public record Capacity(double readCapacityUnits, double writeCapacityUnits) {
  /** No units. */
  public static final Capacity ZERO = new Capacity(0, 0);

  /** Read plus write units. */
  public double capacityUnits() {
    return readCapacityUnits + writeCapacityUnits;
  }

  /** The sum of two capacities. */
  public Capacity plus(Capacity o) {
    return new Capacity(readCapacityUnits + o.readCapacityUnits, writeCapacityUnits + o.writeCapacityUnits);
  }
}
