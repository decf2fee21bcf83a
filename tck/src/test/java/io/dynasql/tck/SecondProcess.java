package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The other process of {@link MultiProcessTest}: creates a table and writes to it, reports, then
 * waits until it can read a table the parent created, and reports that too.
 */
public final class SecondProcess {
  private SecondProcess() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(Path.of(args[0]))) {
      db.createTable(CreateTableRequest.of("FromChild", KeySchema.of("id", AttributeType.S)));
      for (int i = 0; i < 500; i++) {
        db.putItem(PutItemRequest.of("FromChild", Map.of("id", s("k" + i), "blob", s("x".repeat(2000)), "n", n(i))));
      }
      System.out.println("written");
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      in.readLine(); // the parent has created its table
      long deadline = System.currentTimeMillis() + 30_000;
      while (System.currentTimeMillis() < deadline) {
        try {
          var item = db.getItem(GetItemRequest.of("FromParent", Map.of("id", s("hello")))).item();
          if (item != null) {
            System.out.println("seen " + item.get("v"));
            System.out.flush();
            return;
          }
        } catch (ResourceNotFoundException notYet) {
          // the catalog change is not visible yet
        }
        Thread.sleep(50);
      }
      System.out.println("timeout");
    }
  }
}
