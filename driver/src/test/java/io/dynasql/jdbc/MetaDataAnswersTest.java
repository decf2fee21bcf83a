package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every DatabaseMetaData question without a name pattern gets an answer: SchemaCrawler and
 * DBeaver ask them all when they connect (Avatica leaves some as "todo", which they log as errors).
 */
class MetaDataAnswersTest {
  @Test
  void everyFlagAndLimitAnswers() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:metaanswers")) {
      DatabaseMetaData md = c.getMetaData();
      List<String> failures = new ArrayList<>();
      for (Method m : DatabaseMetaData.class.getMethods()) {
        Class<?> r = m.getReturnType();
        if (r != boolean.class && r != int.class && r != String.class) continue;
        Object[] args = new Object[m.getParameterCount()];
        boolean askable = true;
        for (int i = 0; i < args.length; i++) {
          if (m.getParameterTypes()[i] != int.class) askable = false;
          args[i] = ResultSet.TYPE_FORWARD_ONLY;
        }
        if (!askable) continue;
        try {
          m.invoke(md, args);
        } catch (InvocationTargetException e) {
          failures.add(m.getName() + ": " + e.getCause());
        }
      }
      assertEquals(List.of(), failures);
      assertTrue(c.getTypeMap().isEmpty());
      assertEquals(new DynasqlDriver().getMajorVersion(), md.getDriverMajorVersion());
      assertEquals(new DynasqlDriver().getMinorVersion(), md.getDriverMinorVersion());
      assertEquals(c.getTransactionIsolation(), md.getDefaultTransactionIsolation());
      assertTrue(md.supportsTransactionIsolationLevel(md.getDefaultTransactionIsolation()));
      assertTrue(md.supportsTransactions(), "setAutoCommit(false) and commit work (docs/sql.md)");
    }
  }
}
