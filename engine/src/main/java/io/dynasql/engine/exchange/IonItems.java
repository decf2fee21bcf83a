package io.dynasql.engine.exchange;

import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.IonWriter;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.Numbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items in Amazon Ion as DynamoDB exports them: S as string, N as decimal, B as blob, BOOL as
 * bool, NULL as null, M as struct, L as list, and sets as lists annotated {@code $dynamodb_SS},
 * {@code $dynamodb_NS} or {@code $dynamodb_BS}.
 */
final class IonItems {
  static final String SS = "$dynamodb_SS";
  static final String NS = "$dynamodb_NS";
  static final String BS = "$dynamodb_BS";

  private IonItems() {}

  static void writeItem(IonWriter w, Map<String, AttributeValue> item) throws IOException {
    w.stepIn(IonType.STRUCT);
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      w.setFieldName(e.getKey());
      writeValue(w, e.getValue());
    }
    w.stepOut();
  }

  static void writeValue(IonWriter w, AttributeValue v) throws IOException {
    if (v instanceof AttributeValue.S s) w.writeString(s.value());
    else if (v instanceof AttributeValue.N n) w.writeDecimal(n.value());
    else if (v instanceof AttributeValue.B b) w.writeBlob(b.value().unsafeArray());
    else if (v instanceof AttributeValue.Bool b) w.writeBool(b.value());
    else if (v instanceof AttributeValue.Null) w.writeNull();
    else if (v instanceof AttributeValue.M m) writeItem(w, m.values());
    else if (v instanceof AttributeValue.L l) {
      w.stepIn(IonType.LIST);
      for (AttributeValue e : l.values()) writeValue(w, e);
      w.stepOut();
    } else if (v instanceof AttributeValue.SS ss) {
      w.setTypeAnnotations(SS);
      w.stepIn(IonType.LIST);
      for (String s : ss.values()) w.writeString(s);
      w.stepOut();
    } else if (v instanceof AttributeValue.NS ns) {
      w.setTypeAnnotations(NS);
      w.stepIn(IonType.LIST);
      for (BigDecimal d : ns.values()) w.writeDecimal(d);
      w.stepOut();
    } else {
      w.setTypeAnnotations(BS);
      w.stepIn(IonType.LIST);
      for (Bytes b : ((AttributeValue.BS) v).values()) w.writeBlob(b.unsafeArray());
      w.stepOut();
    }
  }

  /** Reads the struct the reader is on (after {@code next()}) as an item. */
  static Map<String, AttributeValue> readItem(IonReader r) {
    if (r.getType() != IonType.STRUCT) throw new BadRecord("expected an Ion struct but found " + r.getType());
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    r.stepIn();
    while (r.next() != null) item.put(r.getFieldName(), readValue(r));
    r.stepOut();
    return item;
  }

  static AttributeValue readValue(IonReader r) {
    IonType t = r.getType();
    if (r.isNullValue()) return AttributeValue.NULL;
    String[] annotations = r.getTypeAnnotations();
    String set = annotations.length == 1 ? annotations[0] : null;
    return switch (t) {
      case STRING, SYMBOL -> new AttributeValue.S(r.stringValue());
      case DECIMAL -> new AttributeValue.N(r.bigDecimalValue());
      case INT -> new AttributeValue.N(new BigDecimal(r.bigIntegerValue()));
      case BLOB, CLOB -> new AttributeValue.B(Bytes.wrap(r.newBytes()));
      case BOOL -> new AttributeValue.Bool(r.booleanValue());
      case STRUCT -> new AttributeValue.M(readItem(r));
      case LIST -> set == null ? new AttributeValue.L(list(r)) : set(r, set);
      default -> throw new BadRecord("Ion type " + t + " has no DynamoDB type");
    };
  }

  private static List<AttributeValue> list(IonReader r) {
    List<AttributeValue> out = new ArrayList<>();
    r.stepIn();
    while (r.next() != null) out.add(readValue(r));
    r.stepOut();
    return out;
  }

  private static AttributeValue set(IonReader r, String annotation) {
    List<AttributeValue> members = list(r);
    if (members.isEmpty()) throw new BadRecord("an empty set");
    try {
      return switch (annotation) {
        case SS -> {
          Set<String> s = new LinkedHashSet<>();
          for (AttributeValue m : members) s.add(((AttributeValue.S) m).value());
          yield new AttributeValue.SS(s);
        }
        case NS -> {
          Set<BigDecimal> s = new LinkedHashSet<>();
          for (AttributeValue m : members) s.add(Numbers.normalize(((AttributeValue.N) m).value()));
          yield new AttributeValue.NS(s);
        }
        case BS -> {
          Set<Bytes> s = new LinkedHashSet<>();
          for (AttributeValue m : members) s.add(((AttributeValue.B) m).value());
          yield new AttributeValue.BS(s);
        }
        default -> throw new BadRecord("unknown annotation " + annotation + " on a list");
      };
    } catch (ClassCastException e) {
      throw new BadRecord("a member of a " + annotation + " list has the wrong type");
    }
  }
}
