package io.dynasql.engine.model;

/** How a table would be billed on DynamoDB; recorded, and used to price its capacity. */
public enum BillingMode {
  PROVISIONED, PAY_PER_REQUEST
}
