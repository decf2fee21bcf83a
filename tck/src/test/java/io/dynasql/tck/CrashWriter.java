package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link CrashRecoveryTest}: several threads write transactions into a
 * durable database whose table has a NEW_AND_OLD_IMAGES stream, and print {@code ack <thread> <i>}
 * after each one is acknowledged, until the parent kills the process with SIGKILL. Transaction
 * {@code i} of thread {@code t} inserts {@code a-t-i} and {@code b-t-i} and sets {@code
 * counter-t} to {@code i} (an INSERT, then a MODIFY per transaction). Every item carries its
 * thread in {@code t}, and a materialized view {@code pairs_by_thread} keeps COUNT(*) and SUM(n)
 * per thread in the same transactions.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Database db = Database.open(Path.of(args[0]));
    db.createTable(CreateTableRequest.of("Pairs", KeySchema.of("id", AttributeType.S))
        .withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)));
    db.createMaterializedView(new io.dynasql.engine.api.CreateMaterializedViewRequest("pairs_by_thread", "Pairs",
        java.util.List.of("t"), java.util.List.of(
            new io.dynasql.engine.catalog.RollupAggregate(io.dynasql.engine.model.RollupFunction.COUNT_STAR, null, "items"),
            new io.dynasql.engine.catalog.RollupAggregate(io.dynasql.engine.model.RollupFunction.SUM, "n", "total"))));
    System.out.println("ready");
    System.out.flush();
    int threads = 4;
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers[t] = new Thread(() -> {
        for (int i = 0; ; i++) {
          db.transactWriteItems(TransactWriteItemsRequest.of(
              new TransactWriteItem.Put(PutItemRequest.of("Pairs", Map.of("id", s("a-" + thread + "-" + i), "n", n(i), "t", n(thread)))),
              new TransactWriteItem.Put(PutItemRequest.of("Pairs", Map.of("id", s("b-" + thread + "-" + i), "n", n(i), "t", n(thread)))),
              new TransactWriteItem.Put(PutItemRequest.of("Pairs", Map.of("id", s("counter-" + thread), "n", n(i), "t", n(thread))))));
          synchronized (System.out) {
            System.out.println("ack " + thread + " " + i);
            System.out.flush();
          }
        }
      });
      workers[t].start();
    }
    for (Thread w : workers) w.join();
  }
}
