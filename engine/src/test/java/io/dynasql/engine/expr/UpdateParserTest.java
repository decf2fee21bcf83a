package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.update;
import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.ns;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateParserTest {

  @Test
  void clausesInAnyOrderWithCommaSeparatedActions() {
    UpdateExpression u = update("remove a, b  ADD c :n, d :n2 Set e = :v, f = g DELETE h :s",
        ":n", n(1), ":n2", n(2), ":v", s("x"), ":s", ns("1"));
    assertEquals(List.of("REMOVE", "REMOVE", "ADD", "ADD", "SET", "SET", "DELETE"),
        u.actions().stream().map(UpdateAction::clause).toList());
    assertEquals("REMOVE a, b ADD c {N:1}, d {N:2} SET e = {S:x}, f = g DELETE h {NS:[1]}", u.toString());
  }

  @Test
  void setValues() {
    assertEquals("SET a = b + {N:1}", update("SET a = b + :one", ":one", n(1)).toString());
    assertEquals("SET a = {N:1} - b", update("SET a=:one-b", ":one", n(1)).toString());
    assertEquals("SET a = if_not_exists(a, {N:0}) + {N:1}",
        update("SET a = if_not_exists(a, :z) + :one", ":z", n(0), ":one", n(1)).toString());
    assertEquals("SET a = list_append(if_not_exists(a, {L:[]}), {L:[{N:1}]})",
        update("SET a = list_append(if_not_exists(a, :e), :l)", ":e", l(), ":l", l(n(1))).toString());
    assertEquals("SET b.c = c[1] + b.a", update("set b.c=((c[1])+(b.a))").toString());
    UpdateAction.Set set = assertInstanceOf(UpdateAction.Set.class, update("SET a[3].#x = :v",
        Fx.map("#x", "it's.odd"), Fx.map(":v", s("y"))).actions().get(0));
    assertEquals(Path.of("a").index(3).child("it's.odd"), set.path());
  }

  @Test
  void eachClauseAtMostOnce() {
    fails("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;",
        () -> update("SET a = b REMOVE c SET d = e"));
    fails("Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update expression;",
        () -> update("remove a set b = c remove d"));
    fails("Invalid UpdateExpression: The \"ADD\" section can only be used once in an update expression;",
        () -> update("ADD a :v ADD b :v", ":v", n(1)));
    fails("Invalid UpdateExpression: The \"DELETE\" section can only be used once in an update expression;",
        () -> update("DELETE a :v DELETE b :v", ":v", ns("1")));
  }

  @Test
  void syntaxErrors() {
    String p = "Invalid UpdateExpression: Syntax error; ";
    fails(p + "token: \"INVALID\", near: \"INVALID SYNTAX\"", () -> update("INVALID SYNTAX HERE"));
    fails(p + "token: \"<EOF>\", near: \"a\"", () -> update("set a"));
    fails(p + "token: \"+\", near: \"c + d\"", () -> update("set a = b + c + d"));
    fails(p + "token: \"/\", near: \"b / c\"", () -> update("set a = b / c"));
    fails(p + "token: \"+\", near: \":v+:w\"", () -> update("SET c = if_not_exists(c, :v+:w)", ":v", n(1), ":w", n(2)));
    fails(p + "token: \":a\", near: \"set :a =\"", () -> update("set :a = b"));
    fails(p + "token: \"set\", near: \"=set\"", () -> update("set a=set"));
    fails(p + "token: \"b\", near: \"a b\"", () -> update("delete a b"));
    fails(p + "token: \"=\", near: \"a = b\"", () -> update("remove a = b"));
    fails(p + "token: \"(\", near: \"if_not_exists(a\"", () -> update("SET if_not_exists(a, b) = a"));
    fails(p + "token: \".\", near: \").d\"", () -> update("set a = (b.c).d + e"));
    fails(p + "token: \"_\", near: \"SET _123\"", () -> update("SET _123 = :v", ":v", n(1)));
  }

  @Test
  void functionsAllowedInSet() {
    fails("Invalid UpdateExpression: Invalid function name; function: f", () -> update("SET a = f(b, c)"));
    fails("Invalid UpdateExpression: Invalid function name; function: LIST_APPEND",
        () -> update("SET a = LIST_APPEND(b, c)"));
    fails("Invalid UpdateExpression: The function is not allowed in an update expression; function: size",
        () -> update("SET a = size(b)"));
    fails("Invalid UpdateExpression: The function is not allowed in an update expression; function: attribute_exists",
        () -> update("SET a = if_not_exists(b, attribute_exists(c))"));
    fails("Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: list_append",
        () -> update("SET a = list_append(list_append(:a, :b), :c)", ":a", l(), ":b", l(), ":c", l()));
  }

  @Test
  void reservedWords() {
    fails("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: Absolute",
        () -> update(" remove Absolute "));
    fails("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: abOrt",
        () -> update(" set #c = :c, abOrt = :c", Fx.map("#c", "c"), Fx.map(":c", n(1))));
  }
}
