package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import org.junit.jupiter.api.Test;

/** EXPORT TABLE and IMPORT TABLE: what they parse to, and their errors. */
class ExchangeParseTest {

  @Test
  void exportTakesADirectoryAndAnOptionalFormat() {
    assertEquals(new DdlStatement.ExportTable("orders", "/tmp/x", ExportFormat.DYNAMODB_JSON),
        DdlParser.parse("EXPORT TABLE orders TO '/tmp/x'").orElseThrow());
    assertEquals(new DdlStatement.ExportTable("Orders", "/tmp/x", ExportFormat.ION),
        DdlParser.parse("export table \"Orders\" to '/tmp/x' format ion;").orElseThrow());
  }

  @Test
  void anExportCanBeOfAPastSecondOrOfAWindowOfChanges() {
    java.time.Instant t = java.time.Instant.parse("2026-12-01T10:00:00Z");
    assertEquals(new DdlStatement.ExportTable("orders", "/x", ExportFormat.DYNAMODB_JSON, t, null),
        DdlParser.parse("EXPORT TABLE orders TO '/x' AS OF TIMESTAMP '2026-12-01 10:00:00'").orElseThrow());
    assertEquals(new DdlStatement.ExportTable("orders", "/x", ExportFormat.ION, null,
            new io.dynasql.engine.api.IncrementalExportSpecification(t, t.plusSeconds(3600), io.dynasql.engine.api.ExportViewType.NEW_IMAGE)),
        DdlParser.parse("EXPORT TABLE orders TO '/x' FORMAT ION CHANGES FROM TIMESTAMP '2026-12-01 10:00:00' "
            + "TO TIMESTAMP '2026-12-01T11:00:00Z' VIEW NEW_IMAGE").orElseThrow());
    assertEquals(new DdlStatement.ExportTable("orders", "/x", ExportFormat.DYNAMODB_JSON, null,
            new io.dynasql.engine.api.IncrementalExportSpecification(t, null, null)),
        DdlParser.parse("EXPORT TABLE orders TO '/x' CHANGES FROM TIMESTAMP '2026-12-01 10:00:00'").orElseThrow());
    assertEquals("Expected a timestamp such as '2026-12-01 10:00:00' (UTC) but found 'noon' at line 1, column 52",
        assertThrows(DdlSyntaxException.class,
            () -> DdlParser.parse("EXPORT TABLE orders TO '/x' CHANGES FROM TIMESTAMP 'noon'")).getMessage());
    assertEquals("Expected NEW_IMAGE | NEW_AND_OLD_IMAGES after VIEW but found 'KEYS_ONLY' at line 1, column 79",
        assertThrows(DdlSyntaxException.class,
            () -> DdlParser.parse("EXPORT TABLE orders TO '/x' CHANGES FROM TIMESTAMP '2026-12-01 10:00:00' VIEW KEYS_ONLY")).getMessage());
  }

  @Test
  void importDefinesTheTableAsCreateTableDoes() {
    DdlStatement.ImportTable i = (DdlStatement.ImportTable) DdlParser.parse(
        "IMPORT TABLE orders2 (pk VARCHAR, sk INTEGER, PRIMARY KEY (pk, sk)) FROM '/data' FORMAT 'csv' COMPRESSION ZSTD")
        .orElseThrow();
    assertEquals("orders2", i.table());
    assertEquals(KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N), i.definition().key());
    assertEquals("/data", i.source());
    assertEquals(InputFormat.CSV, i.format());
    assertEquals(InputCompression.ZSTD, i.compression());
    DdlStatement.ImportTable plain = (DdlStatement.ImportTable) DdlParser.parse(
        "IMPORT TABLE t2x (pk VARCHAR PRIMARY KEY) FROM '/d' FORMAT DYNAMODB_JSON").orElseThrow();
    assertEquals(InputCompression.NONE, plain.compression());
  }

  @Test
  void errorsNameWhatWasExpected() {
    assertEquals("Expected DYNAMODB_JSON | ION after FORMAT but found 'CSV' at line 1, column 36",
        assertThrows(DdlSyntaxException.class, () -> DdlParser.parse("EXPORT TABLE orders TO '/x' FORMAT CSV")).getMessage());
    assertEquals("Expected a directory as a 'string' after TO but found 'x' at line 1, column 24",
        assertThrows(DdlSyntaxException.class, () -> DdlParser.parse("EXPORT TABLE orders TO x")).getMessage());
    assertEquals("Expected FORMAT after FROM '/d' but found end of statement at line 1, column 52",
        assertThrows(DdlSyntaxException.class, () -> DdlParser.parse("IMPORT TABLE t2x (pk VARCHAR PRIMARY KEY) FROM '/d'")).getMessage());
    assertEquals("Expected DYNAMODB_JSON | ION | CSV after FORMAT but found 'PARQUET' at line 1, column 60",
        assertThrows(DdlSyntaxException.class,
            () -> DdlParser.parse("IMPORT TABLE t2x (pk VARCHAR PRIMARY KEY) FROM '/d' FORMAT PARQUET")).getMessage());
    assertEquals("Expected GZIP | ZSTD | NONE after COMPRESSION but found 'LZ4' at line 1, column 76",
        assertThrows(DdlSyntaxException.class,
            () -> DdlParser.parse("IMPORT TABLE t2x (pk VARCHAR PRIMARY KEY) FROM '/d' FORMAT ION COMPRESSION LZ4")).getMessage());
  }

  @Test
  void otherStatementsStartingWithTheseWordsAreNotDdl() {
    assertEquals(java.util.Optional.empty(), DdlParser.parse("EXPORT something"));
    assertEquals(java.util.Optional.empty(), DdlParser.parse("IMPORT x"));
  }
}
