package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * How a write's ConsumedCapacity becomes its label's units
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html): with
 * ReturnConsumedCapacity INDEXES the service gives the table's units and each index's apart; with
 * only the total (TOTAL, or an emulator that gives no breakdown), the table gets the total less any
 * index units given.
 */
class WriteUnitsTest {
  @Test
  void indexesAreCountedApartFromTheTable() {
    DynamoWriter.Units u = new DynamoWriter.Units();
    u.add(ConsumedCapacity.builder().tableName("Orders").capacityUnits(6.0).table(Capacity.builder().capacityUnits(2.0).build())
        .globalSecondaryIndexes(Map.of("byStatus", Capacity.builder().capacityUnits(3.0).build()))
        .localSecondaryIndexes(Map.of("byTotal", Capacity.builder().capacityUnits(1.0).build())).build());
    u.add(ConsumedCapacity.builder().tableName("Orders").capacityUnits(2.0).table(Capacity.builder().capacityUnits(1.0).build())
        .globalSecondaryIndexes(Map.of("byStatus", Capacity.builder().capacityUnits(1.0).build())).build());
    assertEquals(3.0, u.table);
    assertEquals(Map.of("byStatus", 4.0, "byTotal", 1.0), u.indexes);
  }

  @Test
  void aTotalAloneIsTheTables() {
    DynamoWriter.Units u = new DynamoWriter.Units();
    u.add(ConsumedCapacity.builder().tableName("Orders").capacityUnits(1.5).build());
    u.add(null); // a call that reported nothing
    assertEquals(1.5, u.table);
    assertEquals(Map.of(), u.indexes);
  }
}
