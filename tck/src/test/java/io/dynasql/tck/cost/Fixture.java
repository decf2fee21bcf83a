package io.dynasql.tck.cost;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's tables, loaded identically into the SQL connection's database and into its twin,
 * with item sizes chosen to cross 1 KB and 4 KB boundaries: 40 users of 40 bytes to 8.6 KB (a
 * global index on email), 6 devices with 8 to 28 events of about 330 bytes (a local index on
 * kind; every 3rd event's lvl is hi), 12 tickets naming a user, and 60 notes (a sparse global index on tag) for the writes.
 */
final class Fixture {
  static final int USERS = 40;
  static final int DEVICES = 6;
  static final int TICKETS = 12;
  static final int NOTES = 60;
  static final List<String> TAGS = List.of("red", "blue", "green", "gold", "gray");

  private Fixture() {}

  static List<String> keyNames(String table) {
    return switch (table) {
      case "events" -> List.of("dev", "ts");
      case "tickets" -> List.of("ticket");
      default -> List.of("id");
    };
  }

  /** Each secondary index's key attributes; every index projects ALL. */
  static Map<String, List<String>> indexes(String table) {
    return switch (table) {
      case "users" -> Map.of("byEmail", List.of("email"));
      case "events" -> Map.of("byKind", List.of("dev", "kind"));
      case "notes" -> Map.of("byTag", List.of("tag"));
      default -> Map.of();
    };
  }

  static void load(Database db) {
    db.createTable(CreateTableRequest.of("users", KeySchema.of("id", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byEmail", KeySchema.of("email", AttributeType.S))));
    db.createTable(CreateTableRequest.of("events", KeySchema.of("dev", AttributeType.S, "ts", AttributeType.N))
        .withLocalIndexes(SecondaryIndex.all("byKind", KeySchema.of("dev", AttributeType.S, "kind", AttributeType.S))));
    db.createTable(CreateTableRequest.of("tickets", KeySchema.of("ticket", AttributeType.N)));
    db.createTable(CreateTableRequest.of("notes", KeySchema.of("id", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byTag", KeySchema.of("tag", AttributeType.S))));
    for (int i = 0; i < USERS; i++) db.putItem(PutItemRequest.of("users", user(i)));
    for (int d = 0; d < DEVICES; d++) {
      for (int t = 0; t < events(d); t++) db.putItem(PutItemRequest.of("events", event(d, t)));
    }
    for (int t = 0; t < TICKETS; t++) {
      int u = (t * 7) % USERS;
      db.putItem(PutItemRequest.of("tickets", Map.of("ticket", n(t), "uid", s(userId(u)), "email", s(email(u)))));
    }
    for (int i = 0; i < NOTES; i++) db.putItem(PutItemRequest.of("notes", note(i)));
  }

  static String userId(int i) {
    return String.format("u%02d", i);
  }

  static String email(int i) {
    return "e" + i + "@x";
  }

  static String device(int d) {
    return "d" + d;
  }

  static int events(int d) {
    return 8 + 4 * d;
  }

  static String noteId(int i) {
    return String.format("n%02d", i);
  }

  /** User i: 220 bytes of padding per step of i; every 4th in region EU; on device i mod 6. */
  static Map<String, AttributeValue> user(int i) {
    return Map.of("id", s(userId(i)), "name", s("name" + i), "email", s(email(i)), "region", s(i % 4 == 0 ? "EU" : "US"),
        "dev", s(device(i % DEVICES)), "pad", s("x".repeat(220 * i)));
  }

  static Map<String, AttributeValue> event(int d, int t) {
    return Map.of("dev", s(device(d)), "ts", n(t), "kind", s(t % 2 == 0 ? "even" : "odd"), "lvl", s(t % 3 == 0 ? "hi" : "lo"),
        "pad", s("y".repeat(300)));
  }

  /** Note i: a tag for 5 of every 6 (the index is sparse), a body of 100 to 2,900 bytes, a counter. */
  static Map<String, AttributeValue> note(int i) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("id", s(noteId(i)));
    if (i % 6 != 5) m.put("tag", s(TAGS.get(i % TAGS.size())));
    m.put("body", s("z".repeat(100 + 200 * (i % 15))));
    m.put("n", n(i));
    return m;
  }
}
