package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.StreamViewType;

/**
 * The {@code WITH (...)} settings of CREATE TABLE. Absent ones take DynamoDB's defaults as the
 * engine applies them (on-demand billing, STANDARD class).
 *
 * @param billingMode billing mode, or null when not given
 * @param readCapacity provisioned read units, 0 when not given
 * @param writeCapacity provisioned write units, 0 when not given
 * @param tableClass STANDARD or STANDARD_INFREQUENT_ACCESS, or null when not given
 * @param stream the view type of the table's stream, or null for no stream
 */
public record TableOptions(BillingMode billingMode, long readCapacity, long writeCapacity, String tableClass,
    StreamViewType stream) {
  /** No WITH clause. */
  public static final TableOptions DEFAULTS = new TableOptions(null, 0, 0, null, null);

  /** Options without a stream. */
  public TableOptions(BillingMode billingMode, long readCapacity, long writeCapacity, String tableClass) {
    this(billingMode, readCapacity, writeCapacity, tableClass, null);
  }
}
