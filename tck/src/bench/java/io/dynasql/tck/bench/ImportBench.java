package io.dynasql.tck.bench;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ImportTable's bulk path: {@value #ITEMS} small items from one uncompressed DynamoDB JSON file
 * into a new table of a fresh database each time. The file is made by a real export (its gzip data
 * files, decompressed and joined), so it is exactly what DynamoDB's export writes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBench {
  static final int ITEMS = 200_000;
  static final KeySchema KEY = KeySchema.of("pk", AttributeType.S);

  @State(Scope.Benchmark)
  public static class Source {
    Path dir;
    Path file;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      dir = BenchData.tempDir("import-src");
      Path bucket = Files.createDirectories(dir.resolve("bucket"));
      Path db = dir.resolve("db");
      try (Database d = BenchData.open(db, DatabaseOptions.DEFAULT.withSync(false), false)) {
        BenchData.load(d, java.util.stream.LongStream.range(0, ITEMS).mapToObj(i -> BenchData.item(i, -1)).toList());
        d.exportTableToPointInTime(ExportTableRequest.full(BenchData.TABLE, bucket));
      }
      BenchData.delete(db);
      file = dir.resolve("items.json");
      try (var out = Files.newOutputStream(file); var gz = Files.walk(bucket)) {
        for (Path p : (Iterable<Path>) gz.filter(p -> p.toString().endsWith(".json.gz"))::iterator) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            in.transferTo(out);
          }
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      BenchData.delete(dir);
    }
  }

  /** A fresh, empty database for each import (made and removed outside the measurement). */
  @State(Scope.Thread)
  public static class Target {
    Path dir;
    Database db;

    @Setup(Level.Invocation)
    public void open() {
      dir = BenchData.tempDir("import-db");
      db = Database.open(dir, DatabaseOptions.DEFAULT.withSync(false));
    }

    @TearDown(Level.Invocation)
    public void close() {
      db.close();
      BenchData.delete(dir);
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public ImportDescription importJson(Source src, Target target) {
    ImportDescription d = target.db.importTable(new ImportTableRequest(src.file, InputFormat.DYNAMODB_JSON,
        InputCompression.NONE, CreateTableRequest.of("Imported", KEY), null));
    if (d.importedItemCount() != ITEMS) {
      throw new UncheckedIOException(new IOException("imported " + d.importedItemCount() + " of " + ITEMS));
    }
    return d;
  }
}
