package io.dynasql.engine.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynasql.engine.model.RollupFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code rollups} field of a table's catalog JSON (the views it is the base of, or holds), as
 * Jackson's object mapper writes the records; older readers ignore it, and a catalog written
 * before it reads as a table without views.
 */
final class RollupJson {
  private RollupJson() {}

  static void write(JsonGenerator g, List<RollupInfo> rollups) throws IOException {
    g.writeArrayFieldStart("rollups");
    for (RollupInfo r : rollups) {
      g.writeStartObject();
      g.writeStringField("view", r.view());
      g.writeStringField("base", r.base());
      g.writeArrayFieldStart("groupBy");
      for (String c : r.groupBy()) g.writeString(c);
      g.writeEndArray();
      g.writeArrayFieldStart("aggregates");
      for (RollupAggregate a : r.aggregates()) {
        g.writeStartObject();
        g.writeStringField("function", a.function().name());
        g.writeStringField("attribute", a.attribute());
        g.writeStringField("alias", a.alias());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static List<RollupInfo> read(List<?> json) {
    List<RollupInfo> out = new ArrayList<>();
    for (Object o : json) {
      Map<String, Object> r = CatalogJson.map(o);
      List<String> groupBy = new ArrayList<>();
      for (Object c : CatalogJson.list(r.get("groupBy"))) groupBy.add((String) c);
      List<RollupAggregate> aggregates = new ArrayList<>();
      for (Object a : CatalogJson.list(r.get("aggregates"))) {
        Map<String, Object> m = CatalogJson.map(a);
        aggregates.add(new RollupAggregate(RollupFunction.valueOf((String) m.get("function")),
            (String) m.get("attribute"), (String) m.get("alias")));
      }
      out.add(new RollupInfo((String) r.get("view"), (String) r.get("base"), groupBy, aggregates));
    }
    return out;
  }
}
