package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import java.util.Locale;

/**
 * One table access of a statement with its price: what the shell prints, what a SCAN warning
 * says, and what {@code sys.access_log} stores. A write DynamoDB could not make atomic (over 100
 * items in one all-or-nothing write) ends with {@code atomic_on_dynamodb=false}.
 */
public record AccessLine(AccessRecord record, double costUsd, boolean farFromData) {
  /** Prices a record at the connection's unit prices (a STREAM line at the streams read price). */
  static AccessLine of(AccessRecord r, UnitPrices prices, boolean farFromData) {
    return new AccessLine(r, prices.dollars(r), farFromData);
  }

  public boolean isScan() {
    return record.kind() == AccessKind.SCAN;
  }

  @Override
  public String toString() {
    AccessRecord r = record;
    if (r.remote() != null && r.kind() != AccessKind.REMOTE_SQL) {
      // a DynamoDB source's access: the service's own read units, priced like a local table's
      return String.format(Locale.ROOT, "access=%s source=%s table=%s%s items_read=%d items_returned=%d read_units=%.1f"
          + " write_units=%.1f cost_usd=%.8f round_trips=%d ms=%d operation=%s%s%s",
          r.kind(), r.remote().source(), r.table(), r.index() == null ? "" : " index=" + r.index(), r.itemsRead(),
          r.itemsReturned(), r.readUnits(), r.writeUnits(), costUsd, r.remote().roundTrips(), r.remote().millis(),
          r.remote().sql(), farFromData ? " far_from_data=true" : "", r.atomicOnDynamo() ? "" : " atomic_on_dynamodb=false");
    }
    if (r.remote() != null) {
      // a source's access: no DynamoDB units; unpriced unless a price model gives it a cost
      return String.format(Locale.ROOT, "access=%s source=%s table=%s rows=%d bytes=%d round_trips=%d ms=%d cost_usd=%s remote_sql=\"%s\"%s",
          r.kind(), r.remote().source(), r.table(), r.itemsReturned(), r.bytesRead(), r.remote().roundTrips(), r.remote().millis(),
          !r.remote().priced() ? "unpriced" : String.format(Locale.ROOT, "%.8f", costUsd), r.remote().sql(),
          farFromData ? " far_from_data=true" : "");
    }
    return String.format(Locale.ROOT, "access=%s table=%s%s items_read=%d items_returned=%d read_units=%.1f write_units=%.1f cost_usd=%.8f%s%s",
        r.kind(), r.table(), r.index() == null ? "" : " index=" + r.index(), r.itemsRead(), r.itemsReturned(),
        r.readUnits(), r.writeUnits(), costUsd, farFromData ? " far_from_data=true" : "",
        r.atomicOnDynamo() ? "" : " atomic_on_dynamodb=false");
  }
}
