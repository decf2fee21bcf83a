-- Errors and their SQLStates: syntax, unknown names, data errors.

CREATE TABLE notes (owner VARCHAR, seq BIGINT, body VARCHAR, score INTEGER, PRIMARY KEY (owner, seq));
-- expect: ok

INSERT INTO notes VALUES ('ann', 1, 'hello', 3), ('ann', 2, 'world', 0), ('bob', 1, '42', NULL);
-- expect: count 3

SELEC owner FROM notes;
-- expect: error 42601

SELECT owner FROM notes WHERE;
-- expect: error 42601

SELECT owner, FROM notes;
-- expect: error 42601

INSERT INTO notes VALUES ('ann', 3, 'x', 1;
-- expect: error 42601

UPDATE notes SET WHERE owner = 'ann';
-- expect: error 42601

-- differs from standard SQL: standard SQL requires DELETE FROM, and so does dynasql; H2 accepts DELETE without FROM
DELETE notes WHERE owner = 'nobody';
-- expect: error 42601
-- h2 expect: count 0

SELECT 'unterminated FROM notes;
-- expect: error 42601

SELECT nope FROM notes;
-- expect: error 42S22

SELECT owner FROM notes WHERE nope = 1;
-- expect: error 42S22

SELECT n.nope FROM notes AS n;
-- expect: error 42S22

SELECT owner FROM notes ORDER BY nope;
-- expect: error 42S22

SELECT owner FROM missing_table;
-- expect: error 42S02

SELECT owner FROM notes JOIN missing_table ON TRUE;
-- expect: error 42S02

DELETE FROM notes WHERE nope = 1;
-- expect: error 42S22

UPDATE notes SET score = 1 WHERE nope = 1;
-- expect: error 42S22

UPDATE notes SET score = nope WHERE owner = 'ann';
-- expect: error 42S22

DELETE FROM missing_table WHERE owner = 'ann';
-- expect: error 42S02

SELECT score / 0 FROM notes WHERE owner = 'ann' AND seq = 1;
-- expect: error 22012

SELECT MOD(score, 0) FROM notes WHERE owner = 'ann' AND seq = 1;
-- expect: error 22012

SELECT CAST(body AS INTEGER) FROM notes WHERE owner = 'ann' AND seq = 1;
-- expect: error 22018

SELECT CAST(body AS INTEGER) FROM notes WHERE owner = 'bob';
-- expect: rows
-- | 42 |

INSERT INTO notes VALUES ('cy', 1, 'x', 'not a number');
-- expect: error 22018

INSERT INTO notes VALUES ('cy', 'one', 'x', 1);
-- expect: error 22018

SELECT owner FROM notes WHERE owner = 1;
-- expect: error 22018

SELECT COUNT(*) FROM notes;
-- expect: rows
-- | 3 |

SELECT owner, COUNT(*) FROM notes;
-- expect: error 42000

SELECT owner, seq FROM notes GROUP BY owner;
-- expect: error 42000

SELECT owner FROM notes WHERE COUNT(*) > 1;
-- expect: error 42000

SELECT (SELECT seq FROM notes) FROM notes;
-- expect: error 21000
