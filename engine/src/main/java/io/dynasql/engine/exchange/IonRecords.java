package io.dynasql.engine.exchange;

import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.system.IonReaderBuilder;
import io.dynasql.engine.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Amazon Ion import files: top-level structs {@code {Item:{...}}}, as an export writes them.
 * A struct that is not an item is rejected on its own; Ion that does not parse ends the file
 * (the reader cannot find the next value), counted as one rejected record.
 */
final class IonRecords {
  private IonRecords() {}

  static void read(InputStream in, String file, RecordSink sink) throws IOException {
    long n = 0;
    try (IonReader r = IonReaderBuilder.standard().build(in)) {
      while (true) {
        IonType t;
        try {
          t = r.next();
        } catch (IonException e) {
          sink.reject(file, n + 1, "", "not Ion: " + e.getMessage());
          return;
        }
        if (t == null) return;
        n++;
        try {
          if (t != IonType.STRUCT) throw new BadRecord("a record must be a struct {Item:{...}}");
          r.stepIn();
          if (r.next() != IonType.STRUCT || !"Item".equals(r.getFieldName())) {
            throw new BadRecord("a record must be a struct with one field, Item");
          }
          var item = IonItems.readItem(r);
          boolean more = r.next() != null;
          r.stepOut();
          if (more) throw new BadRecord("a record must hold only the field Item");
          sink.item(file, n, item, null);
        } catch (BadRecord | ValidationException e) {
          while (r.getDepth() > 0) r.stepOut();
          sink.reject(file, n, "", e.getMessage());
        } catch (IonException e) {
          sink.reject(file, n, "", "not Ion: " + e.getMessage());
          return;
        }
      }
    }
  }
}
