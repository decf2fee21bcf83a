package io.dynasql.tck.cost;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.tck.cost.CostCase.maxRows;
import static io.dynasql.tck.cost.CostCase.prepared;
import static io.dynasql.tck.cost.CostCase.read;
import static io.dynasql.tck.cost.Fixture.device;
import static io.dynasql.tck.cost.Fixture.email;
import static io.dynasql.tck.cost.Fixture.userId;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The suite's single-table reads: GET, BATCH_GET, QUERY (key conditions, LIMIT, DESC, filters, indexes), SCAN, COUNT. */
final class ReadCases {
  private ReadCases() {}

  static Call.Get user(int i) {
    return new Call.Get("users", Map.of("id", s(userId(i))));
  }

  static Call.Query events(int d) {
    return new Call.Query("events", null, "dev", s(device(d)), null, null, true, null, false);
  }

  static Call.Query byEmail(int i) {
    return new Call.Query("users", "byEmail", "email", s(email(i)), null, null, true, null, false);
  }

  static Call.Query byKind(int d, String kind) {
    return new Call.Query("events", "byKind", "dev", s(device(d)), Call.SortKey.of("kind", "=", s(kind)), null, true, null, false);
  }

  private static Call.BatchGet users(String... ids) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (String id : ids) keys.add(Map.of("id", s(id)));
    return new Call.BatchGet("users", keys);
  }

  private static Call.Query ts(int d, String op, int v) {
    return events(d).sorted(Call.SortKey.of("ts", op, n(v)));
  }

  static List<CostCase> all() {
    List<CostCase> c = new ArrayList<>();
    for (int i = 0; i < Fixture.USERS; i += 2) {
      c.add(read("GET", "SELECT * FROM users WHERE id = '" + userId(i) + "'", user(i)));
    }
    c.add(read("GET (miss)", "SELECT * FROM users WHERE id = 'zz'", new Call.Get("users", Map.of("id", s("zz")))));
    c.add(read("GET (pk + sk)", "SELECT * FROM events WHERE dev = 'd1' AND ts = 3",
        new Call.Get("events", Map.of("dev", s("d1"), "ts", n(3)))));
    c.add(read("GET (pk + sk)", "SELECT pad FROM events WHERE dev = 'd5' AND ts = 27",
        new Call.Get("events", Map.of("dev", s("d5"), "ts", n(27)))));
    c.add(read("BATCH_GET", "SELECT * FROM users WHERE id IN ('u01', 'u02', 'u03')", users("u01", "u02", "u03")));
    c.add(read("BATCH_GET", "SELECT name FROM users WHERE id IN ('u10', 'u20', 'u30', 'u39')", users("u10", "u20", "u30", "u39")));
    c.add(read("BATCH_GET", "SELECT * FROM users WHERE id IN ('u05', 'zz')", users("u05", "zz")));
    c.add(read("BATCH_GET", "SELECT id FROM users WHERE id IN ('u33', 'u34', 'u35', 'u36', 'u37', 'u38')",
        users("u33", "u34", "u35", "u36", "u37", "u38")));
    for (int d = 0; d < Fixture.DEVICES; d++) {
      c.add(read("QUERY (pk)", "SELECT * FROM events WHERE dev = '" + device(d) + "'", events(d)));
    }
    c.add(read("QUERY (pk, sk >)", "SELECT * FROM events WHERE dev = 'd5' AND ts > 20", ts(5, ">", 20)));
    c.add(read("QUERY (pk, sk >=)", "SELECT * FROM events WHERE dev = 'd4' AND ts >= 10", ts(4, ">=", 10)));
    c.add(read("QUERY (pk, sk <)", "SELECT * FROM events WHERE dev = 'd5' AND ts < 4", ts(5, "<", 4)));
    c.add(read("QUERY (pk, sk <=)", "SELECT ts FROM events WHERE dev = 'd3' AND ts <= 12", ts(3, "<=", 12)));
    c.add(read("QUERY (pk, sk BETWEEN)", "SELECT * FROM events WHERE dev = 'd5' AND ts BETWEEN 5 AND 15",
        events(5).sorted(Call.SortKey.between("ts", n(5), n(15)))));
    c.add(read("QUERY (pk, sk BETWEEN)", "SELECT * FROM events WHERE dev = 'd2' AND ts >= 3 AND ts <= 9",
        events(2).sorted(Call.SortKey.between("ts", n(3), n(9)))));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd5' ORDER BY ts LIMIT 1", events(5).limit(1)));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd5' ORDER BY ts LIMIT 3", events(5).limit(3)));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd5' ORDER BY ts LIMIT 10", events(5).limit(10)));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd2' LIMIT 5", events(2).limit(5)));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd0' ORDER BY ts LIMIT 30", events(0)));
    c.add(read("QUERY + LIMIT", "SELECT * FROM events WHERE dev = 'd5' AND ts > 10 ORDER BY ts LIMIT 4", ts(5, ">", 10).limit(4)));
    c.add(read("QUERY + LIMIT OFFSET", "SELECT * FROM events WHERE dev = 'd4' ORDER BY ts LIMIT 3 OFFSET 2", events(4).limit(5)));
    c.add(prepared("QUERY + LIMIT ?", "SELECT * FROM events WHERE dev = ? ORDER BY ts LIMIT ?", List.of("d5", 3), events(5).limit(3)));
    c.add(prepared("QUERY + LIMIT ? OFFSET ?", "SELECT * FROM events WHERE dev = 'd4' ORDER BY ts LIMIT ? OFFSET ?", List.of(3, 2),
        events(4).limit(5)));
    c.add(prepared("SCAN + LIMIT ?", "SELECT * FROM users LIMIT ?", List.of(2), new Call.Scan("users", 2, null, false)));
    c.add(maxRows("QUERY + setMaxRows", "SELECT * FROM events WHERE dev = 'd5'", 3, events(5).limit(3)));
    c.add(maxRows("QUERY + setMaxRows", "SELECT ts FROM events WHERE dev = 'd3' ORDER BY ts DESC", 7, events(3).backward().limit(7)));
    c.add(maxRows("SCAN + setMaxRows", "SELECT * FROM users", 2, new Call.Scan("users", 2, null, false)));
    c.add(read("QUERY DESC + LIMIT", "SELECT * FROM events WHERE dev = 'd4' ORDER BY ts DESC LIMIT 2", events(4).backward().limit(2)));
    c.add(read("QUERY DESC + LIMIT", "SELECT * FROM events WHERE dev = 'd5' ORDER BY ts DESC LIMIT 5", events(5).backward().limit(5)));
    c.add(read("QUERY DESC", "SELECT * FROM events WHERE dev = 'd3' ORDER BY ts DESC", events(3).backward()));
    Call.Filter hi = new Call.Filter("lvl", s("hi"));
    c.add(read("QUERY + filter", "SELECT * FROM events WHERE dev = 'd3' AND lvl = 'hi'", events(3).where(hi)));
    c.add(read("QUERY + filter", "SELECT ts FROM events WHERE dev = 'd5' AND lvl = 'lo'", events(5).where(new Call.Filter("lvl", s("lo")))));
    c.add(read("QUERY + filter", "SELECT * FROM events WHERE dev = 'd4' AND ts > 5 AND lvl = 'hi'", ts(4, ">", 5).where(hi)));
    // the first 10 events hold the first 4 with lvl = 'hi' (ts 0, 3, 6, 9)
    c.add(read("QUERY + filter + LIMIT", "SELECT * FROM events WHERE dev = 'd5' AND lvl = 'hi' ORDER BY ts LIMIT 4", events(5).where(hi).limit(10)));
    c.add(read("QUERY + filter + LIMIT", "SELECT * FROM events WHERE dev = 'd4' AND lvl = 'lo' ORDER BY ts LIMIT 2", events(4).where(
        new Call.Filter("lvl", s("lo"))).limit(3)));
    for (int d : new int[] {1, 3, 5}) {
      c.add(read("QUERY LSI", "SELECT * FROM events WHERE dev = '" + device(d) + "' AND kind = 'even'", byKind(d, "even")));
    }
    for (int i : new int[] {3, 17, 28, 39}) {
      c.add(read("QUERY GSI", "SELECT * FROM users WHERE email = '" + email(i) + "'", byEmail(i)));
    }
    c.add(read("QUERY GSI (miss)", "SELECT * FROM users WHERE email = 'nobody@x'",
        new Call.Query("users", "byEmail", "email", s("nobody@x"), null, null, true, null, false)));
    c.add(read("SCAN + filter", "SELECT * FROM users WHERE region = 'EU'", new Call.Scan("users", null, new Call.Filter("region", s("EU")), false)));
    c.add(read("SCAN + filter", "SELECT id FROM users WHERE name = 'name7'", new Call.Scan("users", null, new Call.Filter("name", s("name7")), false)));
    c.add(read("SCAN + filter", "SELECT * FROM events WHERE lvl = 'hi'", new Call.Scan("events", null, hi, false)));
    c.add(read("SCAN", "SELECT * FROM tickets", new Call.Scan("tickets", null, null, false)));
    c.add(read("SCAN + LIMIT", "SELECT * FROM users LIMIT 5", new Call.Scan("users", 5, null, false)));
    c.add(read("SCAN + LIMIT", "SELECT ts FROM events LIMIT 1", new Call.Scan("events", 1, null, false)));
    c.add(read("COUNT(*) SCAN", "SELECT COUNT(*) FROM users", new Call.Scan("users", null, null, true)));
    c.add(read("COUNT(*) SCAN", "SELECT COUNT(*) FROM users WHERE region = 'US'", new Call.Scan("users", null, new Call.Filter("region", s("US")), true)));
    c.add(read("COUNT(*) QUERY", "SELECT COUNT(*) FROM events WHERE dev = 'd3'", events(3).counted()));
    c.add(read("COUNT(*) QUERY", "SELECT COUNT(*) FROM events WHERE dev = 'd5' AND ts >= 14", ts(5, ">=", 14).counted()));
    return c;
  }
}
