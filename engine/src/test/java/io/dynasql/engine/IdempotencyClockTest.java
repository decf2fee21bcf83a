package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ClientRequestToken is honoured for 10 minutes by the engine's clock, then forgotten.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 * ("A client request token is valid for 10 minutes after the first request that uses it is completed.")
 */
class IdempotencyClockTest {
  @Test
  void aTokenIsForgottenTenMinutesLater() {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      db.createTable(CreateTableRequest.of("Tokens", KeySchema.of("pk", AttributeType.S)));
      TransactWriteItemsRequest put = new TransactWriteItemsRequest(List.of(new TransactWriteItem.Put(
          PutItemRequest.of("Tokens", Map.of("pk", s("a"), "v", n(1))))), "token-1");
      db.transactWriteItems(put);
      db.putItem(PutItemRequest.of("Tokens", Map.of("pk", s("a"), "v", n(2))));

      clock.advance(Duration.ofMinutes(10));
      db.transactWriteItems(put); // within 10 minutes: answered from memory, nothing written
      assertEquals(n(2), db.getItem(GetItemRequest.of("Tokens", Map.of("pk", s("a")))).item().get("v"));

      clock.advance(Duration.ofSeconds(1));
      db.transactWriteItems(put); // the token has expired: a new request, written again
      assertEquals(n(1), db.getItem(GetItemRequest.of("Tokens", Map.of("pk", s("a")))).item().get("v"));
    }
  }
}
