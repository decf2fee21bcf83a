package io.dynasql.tck.cost;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.tck.cost.CostCase.write;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The suite's writes, all on {@code notes} (a sparse global index on tag), in order: each case
 * writes keys no earlier case wrote, or a tag group no other case touches, so the expected calls
 * can be stated up front. Key-targeted cases use untagged notes (every i with i % 6 == 5) or the
 * gray group; predicate cases own the blue, green and gold groups.
 */
final class WriteCases {
  private WriteCases() {}

  static Map<String, AttributeValue> item(String id, String tag, String body) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("id", s(id));
    if (tag != null) m.put("tag", s(tag));
    m.put("body", s(body));
    return m;
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", s(id));
  }

  private static Call.Update set(String id, String attribute, AttributeValue v) {
    return new Call.Update("notes", key(id), Map.of(attribute, v));
  }

  /** The notes of a tag group as seeded: i % 5 names the tag, and every i % 6 == 5 has none. */
  private static List<String> group(String tag) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Fixture.NOTES; i++) {
      if (i % 6 != 5 && Fixture.TAGS.get(i % Fixture.TAGS.size()).equals(tag)) ids.add(Fixture.noteId(i));
    }
    return ids;
  }

  /** An INSERT of {@code count} rows "prefix000".. with a 50-byte body, and its puts. */
  private static CostCase insertMany(String shape, String prefix, int count, boolean atomic) {
    StringJoiner values = new StringJoiner(", ");
    List<Call> puts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("%s%03d", prefix, i);
      values.add("('" + id + "', '" + "q".repeat(50) + "')");
      puts.add(new Call.Put("notes", item(id, null, "q".repeat(50))));
    }
    return write(shape, "INSERT INTO notes (id, body) VALUES " + values, atomic ? new Call.Transact(puts) : new Call.BatchWrite(puts));
  }

  private static CostCase byTag(String shape, String sql, String tag, java.util.function.Function<String, Call> each) {
    List<Call> writes = group(tag).stream().map(each).toList();
    return write(shape, sql, new Call.Query("notes", "byTag", "tag", s(tag), null, null, true, null, false), new Call.Transact(writes));
  }

  static List<CostCase> all() {
    List<CostCase> c = new ArrayList<>();
    String k1 = "q".repeat(1500);
    String k3 = "q".repeat(3000);
    c.add(write("INSERT one row", "INSERT INTO notes (id, body) VALUES ('i01', 'short')", new Call.Put("notes", item("i01", null, "short"))));
    c.add(write("INSERT one row", "INSERT INTO notes (id, body) VALUES ('i02', '" + k1 + "')", new Call.Put("notes", item("i02", null, k1))));
    c.add(write("INSERT one row", "INSERT INTO notes (id, body) VALUES ('i03', '" + k3 + "')", new Call.Put("notes", item("i03", null, k3))));
    c.add(write("INSERT one row + index", "INSERT INTO notes (id, tag, body) VALUES ('i04', 'pink', '" + "q".repeat(500) + "')",
        new Call.Put("notes", item("i04", "pink", "q".repeat(500)))));
    c.add(write("INSERT one row + index", "INSERT INTO notes (id, tag, body) VALUES ('i05', 'pink', '" + "q".repeat(2500) + "')",
        new Call.Put("notes", item("i05", "pink", "q".repeat(2500)))));
    Map<String, AttributeValue> withN = item("i06", null, "b");
    withN.put("n", n(42));
    c.add(write("INSERT one row", "INSERT INTO notes (id, body, n) VALUES ('i06', 'b', 42)", new Call.Put("notes", withN)));
    c.add(write("INSERT 2-100 rows", "INSERT INTO notes (id, tag, body) VALUES ('i07', 'pink', 'a'), ('i08', 'teal', '" + k1 + "'), ('i09', 'teal', 'c')",
        new Call.Transact(List.of(new Call.Put("notes", item("i07", "pink", "a")), new Call.Put("notes", item("i08", "teal", k1)),
            new Call.Put("notes", item("i09", "teal", "c"))))));
    c.add(insertMany("INSERT 2-100 rows", "s", 10, true));
    c.add(insertMany("INSERT 2-100 rows", "m", 100, true));
    c.add(insertMany("INSERT over 100 rows", "b", 120, false));
    c.add(write("UPSERT one row", "UPSERT INTO notes (id, body) VALUES ('n05', '" + "q".repeat(2000) + "')",
        new Call.Put("notes", item("n05", null, "q".repeat(2000)))));
    c.add(write("UPSERT one row + index", "UPSERT INTO notes (id, tag, body) VALUES ('n11', 'pink', 'p')",
        new Call.Put("notes", item("n11", "pink", "p"))));
    c.add(write("UPSERT one row", "UPSERT INTO notes (id, body) VALUES ('i20', 'new')", new Call.Put("notes", item("i20", null, "new"))));
    c.add(write("UPSERT 2-100 rows", "UPSERT INTO notes (id, body) VALUES ('n17', 'r'), ('i21', 's')",
        new Call.Transact(List.of(new Call.Put("notes", item("n17", null, "r")), new Call.Put("notes", item("i21", null, "s"))))));
    c.add(write("UPDATE by key", "UPDATE notes SET body = 'short' WHERE id = 'n23'", set("n23", "body", s("short"))));
    c.add(write("UPDATE by key", "UPDATE notes SET n = n + 1 WHERE id = 'n29'", set("n29", "n", n(30))));
    c.add(write("UPDATE by key + index", "UPDATE notes SET tag = 'pink' WHERE id = 'n35'", set("n35", "tag", s("pink"))));
    c.add(write("UPDATE by key + index", "UPDATE notes SET tag = 'teal' WHERE id = 'n04'", set("n04", "tag", s("teal"))));
    c.add(write("UPDATE by key + index", "UPDATE notes SET body = 'tiny' WHERE id = 'n09'", set("n09", "body", s("tiny"))));
    c.add(write("DELETE by key", "DELETE FROM notes WHERE id = 'n41'", new Call.Delete("notes", key("n41"))));
    c.add(write("DELETE by key + index", "DELETE FROM notes WHERE id = 'n14'", new Call.Delete("notes", key("n14"))));
    c.add(write("DELETE by key (miss)", "DELETE FROM notes WHERE id = 'zz'", new Call.Delete("notes", key("zz"))));
    c.add(byTag("UPDATE by predicate", "UPDATE notes SET n = 0 WHERE tag = 'blue'", "blue", id -> set(id, "n", n(0))));
    c.add(byTag("UPDATE by predicate", "UPDATE notes SET body = 'g' WHERE tag = 'gold'", "gold", id -> set(id, "body", s("g"))));
    c.add(byTag("DELETE by predicate", "DELETE FROM notes WHERE tag = 'green'", "green", id -> new Call.Delete("notes", key(id))));
    c.add(write("UPDATE by predicate", "UPDATE notes SET body = 'one' WHERE n = 40",
        new Call.Scan("notes", null, new Call.Filter("n", n(40)), false), set("n40", "body", s("one"))));
    c.addAll(BatchCases.all());
    return c;
  }
}
