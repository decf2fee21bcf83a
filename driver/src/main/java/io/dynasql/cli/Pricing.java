package io.dynasql.cli;

import io.dynasql.engine.api.ConsumedCapacity;

/**
 * DynamoDB on-demand prices, us-east-1, from AWS's DynamoDB pricing page (on-demand capacity,
 * after the November 2024 reduction): $0.125 per million read request units and $0.625 per
 * million write request units. Units as the engine reports them map one to one to request units.
 */
final class Pricing {
  static final double READ_PER_MILLION = 0.125;
  static final double WRITE_PER_MILLION = 0.625;

  private Pricing() {}

  static double dollars(ConsumedCapacity c) {
    return c.readCapacityUnits() * READ_PER_MILLION / 1e6 + c.writeCapacityUnits() * WRITE_PER_MILLION / 1e6;
  }
}
