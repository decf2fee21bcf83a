package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.condition;
import static io.dynasql.engine.expr.Fx.item;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.bool;
import static io.dynasql.engine.model.AttributeValue.bs;
import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.nul;
import static io.dynasql.engine.model.AttributeValue.ns;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.engine.model.AttributeValue.ss;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {
  private static final Map<String, AttributeValue> ITEM = item(
      "num", n(10),
      "str", s("hello"),
      "bin", b(new byte[] {1, 2, (byte) 0xff}),
      "flag", bool(true),
      "nothing", nul(),
      "strs", ss("red", "blue"),
      "nums", ns("1", "2.0"),
      "bins", bs(new byte[] {7}),
      "arr", l(n(1), s("two"), l(n(3))),
      "doc", m(map("x", n(1), "y", m(map("z", s("deep"))))),
      "ten", n(10));

  private static boolean holds(String text, Object... values) {
    return ConditionEvaluator.evaluate(condition(text, values), ITEM);
  }

  @Test
  void equalityComparesAnyTypesByValue() {
    assertTrue(holds("num = :v", ":v", n("10.00")));
    assertTrue(holds("num = ten"));
    assertFalse(holds("num = :v", ":v", s("10")));
    assertTrue(holds("strs = :v", ":v", ss("blue", "red")));
    assertTrue(holds("nums = :v", ":v", ns("2", "1")));
    assertTrue(holds("arr = :v", ":v", l(n(1), s("two"), l(n(3)))));
    assertFalse(holds("arr = :v", ":v", l(s("two"), n(1), l(n(3)))));
    assertTrue(holds("doc = :v", ":v", m(map("y", m(map("z", s("deep"))), "x", n(1)))));
    assertTrue(holds("flag = :v AND nothing = :n", ":v", bool(true), ":n", nul()));
    assertTrue(holds("bin = :v", ":v", b(new byte[] {1, 2, (byte) 0xff})));
  }

  @Test
  void missingAttributesFailEverythingButNotEqual() {
    assertFalse(holds("gone = :v", ":v", n(1)));
    assertFalse(holds("gone = nada"));
    assertTrue(holds("gone <> :v", ":v", n(1)));
    assertTrue(holds("gone <> nada"));
    assertFalse(holds("gone < :v", ":v", n(1)));
    assertFalse(holds(":v >= gone", ":v", n(1)));
    assertFalse(holds("gone BETWEEN :a AND :b", ":a", n(1), ":b", n(2)));
    assertFalse(holds("gone IN (:a, num)", ":a", n(1)));
    assertFalse(holds("begins_with(gone, :p)", ":p", s("h")));
    assertFalse(holds("contains(gone, :p)", ":p", s("h")));
    assertFalse(holds("size(gone) >= :z", ":z", n(0)));
    assertFalse(holds("doc.y.q = :v OR arr[9] = :v", ":v", n(1)));
  }

  @Test
  void orderingWorksOnStringsNumbersAndBinaries() {
    assertTrue(holds("num > :v AND num >= :w AND num <= :w", ":v", n(9), ":w", n(10)));
    assertTrue(holds("str < :v", ":v", s("help")));
    assertTrue(holds("bin > :v", ":v", b(new byte[] {1, 2, 0x7f})));
    assertFalse(holds("num < :v", ":v", s("z")));
    assertFalse(holds("arr < :v", ":v", n(1)));
  }

  @Test
  void stringsOrderByUtf8Bytes() {
    Map<String, AttributeValue> it = item("s", s("\uFF21"));
    // U+1F600 encodes as F0.. in UTF-8 (after EF.. for U+FF21) though its UTF-16 form sorts first.
    assertTrue(ConditionEvaluator.evaluate(condition("s < :v", ":v", s("\uD83D\uDE00")), it));
  }

  @Test
  void betweenIsInclusive() {
    assertTrue(holds("num BETWEEN :a AND :b", ":a", n(10), ":b", n(10)));
    assertTrue(holds("str BETWEEN :a AND :b", ":a", s("a"), ":b", s("i")));
    assertFalse(holds("num BETWEEN :a AND :b", ":a", n(11), ":b", n(20)));
    assertFalse(holds("num BETWEEN :a AND :b", ":a", s("1"), ":b", s("2")));
    assertFalse(holds("num BETWEEN ten AND :b", ":b", n(5)));
  }

  @Test
  void inMatchesAnyCandidate() {
    assertTrue(holds("num IN (:a, :b)", ":a", s("x"), ":b", n(10)));
    assertTrue(holds("str IN (ten, str2, :a)", ":a", s("hello")));
    assertFalse(holds("num IN (:a)", ":a", n(11)));
  }

  @Test
  void existenceAndType() {
    assertTrue(holds("attribute_exists(doc.y.z) AND attribute_exists(arr[2][0])"));
    assertTrue(holds("attribute_not_exists(doc.y.q) AND attribute_not_exists(arr[3]) AND attribute_not_exists(str.x)"));
    assertTrue(holds("attribute_exists(nothing)"));
    String[][] types = {{"num", "N"}, {"str", "S"}, {"bin", "B"}, {"flag", "BOOL"}, {"nothing", "NULL"},
        {"strs", "SS"}, {"nums", "NS"}, {"bins", "BS"}, {"arr", "L"}, {"doc", "M"}};
    for (String[] t : types) {
      assertTrue(holds("attribute_type(" + t[0] + ", :t)", ":t", s(t[1])), t[0]);
      assertFalse(holds("attribute_type(" + t[0] + ", :t)", ":t", s(t[1].equals("S") ? "N" : "S")), t[0]);
    }
    assertFalse(holds("attribute_type(gone, :t)", ":t", s("S")));
  }

  @Test
  void beginsWith() {
    assertTrue(holds("begins_with(str, :p)", ":p", s("hel")));
    assertTrue(holds("begins_with(str, :p)", ":p", s("")));
    assertFalse(holds("begins_with(str, :p)", ":p", s("help")));
    assertTrue(holds("begins_with(bin, :p)", ":p", b(new byte[] {1, 2})));
    assertFalse(holds("begins_with(bin, :p)", ":p", s("a")));
    assertFalse(holds("begins_with(num, :p)", ":p", s("1")));
    assertTrue(holds("begins_with(:whole, str)", ":whole", s("hello world")));
  }

  @Test
  void contains() {
    assertTrue(holds("contains(str, :p)", ":p", s("ell")));
    assertFalse(holds("contains(str, :p)", ":p", s("elk")));
    assertTrue(holds("contains(bin, :p)", ":p", b(new byte[] {2, (byte) 0xff})));
    assertTrue(holds("contains(strs, :p)", ":p", s("red")));
    assertTrue(holds("contains(nums, :p)", ":p", n(2)));
    assertTrue(holds("contains(bins, :p)", ":p", b(new byte[] {7})));
    assertTrue(holds("contains(arr, :p) AND contains(arr, :q)", ":p", s("two"), ":q", l(n(3))));
    assertFalse(holds("contains(strs, :p)", ":p", n(1)));
    assertFalse(holds("contains(doc, :p)", ":p", s("x")));
    assertFalse(holds("contains(num, :p)", ":p", n(1)));
  }

  @Test
  void size() {
    assertTrue(holds("size(str) = :v", ":v", n(5)));
    assertTrue(holds("size(bin) = :v", ":v", n(3)));
    assertTrue(holds("size(strs) = :v AND size(nums) = :v AND size(doc) = :v", ":v", n(2)));
    assertTrue(holds("size(arr) = :v AND size(bins) < :v", ":v", n(3)));
    assertFalse(holds("size(num) = :v OR size(flag) = :v OR size(nothing) = :v", ":v", n(1)));
    assertFalse(holds("size(str) = :v", ":v", s("5")));
    assertTrue(holds("size(:v) = size(str)", ":v", s("abcde")));
    Map<String, AttributeValue> it = item("u", s("\u00e9\uD834\uDD1E"));
    assertTrue(ConditionEvaluator.evaluate(condition("size(u) = :n", ":n", n(3)), it));
  }

  @Test
  void logic() {
    assertTrue(holds("num = :t OR num = :f AND num = :f", ":t", n(10), ":f", n(0)));
    assertFalse(holds("(num = :t OR num = :f) AND num = :f", ":t", n(10), ":f", n(0)));
    assertFalse(holds("NOT num = :t", ":t", n(10)));
    assertTrue(holds("NOT NOT num = :t", ":t", n(10)));
    assertTrue(holds("NOT num = :f AND num = :t", ":t", n(10), ":f", n(0)));
  }

  @Test
  void anEmptyItemHasNoAttributes() {
    assertTrue(ConditionEvaluator.evaluate(condition("attribute_not_exists(num)"), Map.of()));
    assertFalse(ConditionEvaluator.evaluate(condition("num = :v", ":v", n(1)), Map.of()));
  }
}
