package io.dynasql.calcite;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Discovers the columns of a table whose columns were never declared: reads up to
 * {@code sampleSize} items once (one Scan page), types each attribute by what it mostly holds,
 * and stores the result in the catalog, so later metadata calls never read items. Numbers that
 * are all integers within BIGINT become BIGINT, other numbers DECIMAL.
 */
public final class ColumnSampler {
  private ColumnSampler() {}

  /** Samples, stores and returns the table's descriptor with its columns settled. */
  public static TableDescriptor settle(Database db, TableDescriptor t, int sampleSize) {
    List<ColumnInfo> columns = new ArrayList<>(t.columns());
    if (sampleSize > 0) {
      List<Map<String, AttributeValue>> items = db.scan(ScanRequest.builder(t.name()).limit(sampleSize).build()).items();
      for (Map.Entry<String, String> e : infer(items, t).entrySet()) {
        if (columns.stream().noneMatch(c -> c.name().equals(e.getKey()))) {
          columns.add(new ColumnInfo(e.getKey(), e.getValue(), ColumnInfo.SAMPLED));
        }
      }
    }
    db.setColumns(t.name(), columns);
    return db.descriptor(t.name());
  }

  /** Attribute name -> SQL type, in order of first appearance; key attributes excluded. */
  public static Map<String, String> infer(List<Map<String, AttributeValue>> items, TableDescriptor t) {
    Map<String, Map<AttributeType, Integer>> seen = new LinkedHashMap<>();
    Map<String, Boolean> integral = new LinkedHashMap<>();
    for (Map<String, AttributeValue> item : items) {
      for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
        if (t.keySchema().isKeyAttribute(e.getKey()) || e.getValue().type() == AttributeType.NULL) continue;
        seen.computeIfAbsent(e.getKey(), k -> new EnumMap<>(AttributeType.class)).merge(e.getValue().type(), 1, Integer::sum);
        if (e.getValue() instanceof AttributeValue.N n) integral.merge(e.getKey(), fitsLong(n.value()), Boolean::logicalAnd);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<AttributeType, Integer>> e : seen.entrySet()) {
      AttributeType most = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      out.put(e.getKey(), typeName(most, integral.getOrDefault(e.getKey(), false)));
    }
    return out;
  }

  private static boolean fitsLong(BigDecimal d) {
    return d.scale() <= 0 && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
  }

  private static String typeName(AttributeType t, boolean integral) {
    switch (t) {
      case N: return integral ? "BIGINT" : "DECIMAL(38, 10)";
      case B: return "VARBINARY";
      case BOOL: return "BOOLEAN";
      case SS: return "VARCHAR ARRAY";
      case NS: return "DECIMAL ARRAY";
      case BS: return "VARBINARY ARRAY";
      case M: case L: return "JSON";
      default: return "VARCHAR";
    }
  }
}
