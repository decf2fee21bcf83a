package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;

/**
 * A connection's prices, in dollars per million units: table read and write request units, and
 * DynamoDB Streams read request units, which DynamoDB bills apart from the table's reads
 * (https://aws.amazon.com/dynamodb/pricing/on-demand/, "DynamoDB Streams"). A relational source's
 * access is priced by the source's own model, already on its record; a DynamoDB source's reads and
 * writes by the units the service reported, at these prices, as a dynasql table's.
 *
 * @param read dollars per million read request units
 * @param write dollars per million write request units
 * @param streamRead dollars per million streams read request units (one per GetRecords call)
 */
record UnitPrices(double read, double write, double streamRead) {
  /** What {@code r} would cost: a STREAM line's read units are streams read request units. */
  double dollars(AccessRecord r) {
    if (r.kind() == AccessKind.REMOTE_SQL) return r.remote().costUsd(); // a relational source's own price model
    double readPrice = r.kind() == AccessKind.STREAM ? streamRead : read;
    return r.readUnits() * readPrice / 1e6 + r.writeUnits() * write / 1e6;
  }
}
