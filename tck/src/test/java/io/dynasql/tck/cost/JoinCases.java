package io.dynasql.tck.cost;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.tck.cost.CostCase.read;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Joins and IN subqueries by key, the four shapes of issue 11: from one row to a partition (GET +
 * one Query), an IN subquery on a partition key (the subquery's read + one Query per distinct
 * key), a join on the whole key (the outer read + BatchGetItem of the distinct keys) and a join on
 * a global index's key (the outer read + one Query of the index per distinct key).
 */
final class JoinCases {
  private JoinCases() {}

  /** The distinct users the tickets passing {@code which} name, in ticket order. */
  private static Set<Integer> ticketUsers(IntPredicate which) {
    Set<Integer> users = new LinkedHashSet<>();
    for (int t = 0; t < Fixture.TICKETS; t++) if (which.test(t)) users.add((t * 7) % Fixture.USERS);
    return users;
  }

  private static Call.Scan tickets(Call.Filter filter) {
    return new Call.Scan("tickets", null, filter, false);
  }

  private static Call[] batchGet(Call outer, Set<Integer> users) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int u : users) keys.add(Map.of("id", s(Fixture.userId(u))));
    return new Call[] {outer, new Call.BatchGet("users", keys)};
  }

  private static Call[] emailQueries(Call outer, Set<Integer> users) {
    List<Call> calls = new ArrayList<>(List.of(outer));
    for (int u : users) calls.add(ReadCases.byEmail(u));
    return calls.toArray(Call[]::new);
  }

  /** The devices of the users in {@code region}, each queried once. */
  private static Call[] devicesOf(String region) {
    List<Call> calls = new ArrayList<>(List.of(new Call.Scan("users", null, new Call.Filter("region", s(region)), false)));
    Set<Integer> devices = new LinkedHashSet<>();
    for (int u = 0; u < Fixture.USERS; u++) if ((u % 4 == 0) == region.equals("EU")) devices.add(u % Fixture.DEVICES);
    for (int d : devices) calls.add(ReadCases.events(d));
    return calls.toArray(Call[]::new);
  }

  static List<CostCase> all() {
    List<CostCase> c = new ArrayList<>();
    for (int u : new int[] {3, 10, 23}) {
      c.add(read("JOIN one row -> QUERY per key", "SELECT e.ts, u.name FROM users u JOIN events e ON e.dev = u.dev WHERE u.id = '"
          + Fixture.userId(u) + "'", ReadCases.user(u), ReadCases.events(u % Fixture.DEVICES)));
    }
    c.add(read("IN (subquery) -> QUERY per key", "SELECT e.dev, e.ts FROM events e WHERE e.dev IN (SELECT dev FROM users WHERE region = 'EU')",
        devicesOf("EU")));
    c.add(read("IN (subquery) -> QUERY per key", "SELECT e.ts FROM events e WHERE e.dev IN (SELECT u.dev FROM users u WHERE u.id = 'u08')",
        ReadCases.user(8), ReadCases.events(8 % Fixture.DEVICES)));
    c.add(read("JOIN whole key -> BATCH_GET", "SELECT t.ticket, u.name FROM tickets t JOIN users u ON u.id = t.uid",
        batchGet(tickets(null), ticketUsers(t -> true))));
    c.add(read("JOIN whole key -> BATCH_GET", "SELECT t.ticket, u.region FROM tickets t JOIN users u ON u.id = t.uid WHERE t.uid = 'u14'",
        batchGet(tickets(new Call.Filter("uid", s("u14"))), ticketUsers(t -> (t * 7) % Fixture.USERS == 14))));
    c.add(read("JOIN whole key -> BATCH_GET", "SELECT t.ticket, u.name FROM tickets t JOIN users u ON u.id = t.uid WHERE t.ticket = 5",
        new Call.Get("tickets", Map.of("ticket", n(5))), ReadCases.user(35)));
    c.add(read("IN (subquery) -> BATCH_GET", "SELECT name FROM users WHERE id IN (SELECT uid FROM tickets)",
        batchGet(tickets(null), ticketUsers(t -> true))));
    c.add(read("JOIN GSI key -> QUERY per key", "SELECT t.ticket, u.id, u.region FROM tickets t JOIN users u ON u.email = t.email",
        emailQueries(tickets(null), ticketUsers(t -> true))));
    c.add(read("JOIN GSI key -> QUERY per key", "SELECT t.ticket, u.id FROM tickets t JOIN users u ON u.email = t.email WHERE t.uid = 'u21'",
        emailQueries(tickets(new Call.Filter("uid", s("u21"))), ticketUsers(t -> (t * 7) % Fixture.USERS == 21))));
    return c;
  }
}
