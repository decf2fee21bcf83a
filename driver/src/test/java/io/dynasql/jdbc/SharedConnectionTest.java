package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One connection used from several threads at once (as SchemaCrawler does) gives right answers. */
class SharedConnectionTest {
  @Test
  void threadsSharingAConnectionEachGetTheirOwnAnswers() throws Exception {
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:shared")) {
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE shared_t (k BIGINT PRIMARY KEY, v BIGINT)");
      }
      var db = conn.unwrap(DynasqlConnection.class).database();
      for (int i = 0; i < 20; i++) {
        db.putItem(io.dynasql.engine.api.PutItemRequest.of("shared_t", java.util.Map.of(
            "k", io.dynasql.engine.model.AttributeValue.n(i), "v", io.dynasql.engine.model.AttributeValue.n(i * i))));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Long>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          long sum = 0;
          for (int i = 0; i < 50; i++) {
            int k = (thread * 50 + i) % 20;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT v FROM shared_t WHERE k = " + k)) {
              rs.next();
              sum += rs.getLong(1) - (long) k * k;
            }
            conn.getMetaData().getPrimaryKeys(null, null, "shared_t").close();
          }
          return sum;
        }));
      }
      for (Future<Long> f : results) assertEquals(0L, f.get());
      pool.shutdown();
    }
  }
}
