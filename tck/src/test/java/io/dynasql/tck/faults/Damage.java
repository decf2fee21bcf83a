package io.dynasql.tck.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** One way of damaging a copy of a database's data file, named for the report. */
record Damage(String name, Action action) {
  /** Changes the data file. */
  interface Action {
    void apply(RandomAccessFile data) throws IOException;
  }

  void applyTo(Path directory) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(directory.resolve("data.mdb").toFile(), "rw")) {
      action.apply(f);
    }
  }

  static Damage truncateBy(String name, long bytes) {
    return new Damage(name, f -> f.setLength(Math.max(0, f.length() - bytes)));
  }

  static Damage zero(String name, long from, int bytes) {
    return new Damage(name, f -> {
      f.seek(from);
      f.write(new byte[bytes]);
    });
  }

  /** XORs the byte at {@code at} with 0x5A (never a no-op). */
  static Damage flip(String name, long at) {
    return new Damage(name, f -> {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x5A);
    });
  }
}
