-- DDL: CREATE and DROP of tables and indexes, IF [NOT] EXISTS, and their errors.

CREATE TABLE items (pk VARCHAR, sk BIGINT, a VARCHAR, n INTEGER, PRIMARY KEY (pk, sk));
-- expect: ok

CREATE TABLE items (pk VARCHAR, sk BIGINT, PRIMARY KEY (pk, sk));
-- expect: error 42S01

CREATE TABLE IF NOT EXISTS items (pk VARCHAR, sk BIGINT, PRIMARY KEY (pk, sk));
-- expect: ok

-- the table kept its first definition: column n exists
SELECT COUNT(n) FROM items;
-- expect: rows
-- | 0 |

CREATE TABLE single (id VARCHAR PRIMARY KEY, v INTEGER);
-- expect: ok

INSERT INTO single VALUES ('x', 1);
-- expect: count 1

SELECT id, v FROM single;
-- expect: rows
-- | x | 1 |

CREATE INDEX byA ON items (a, sk);
-- expect: ok

CREATE INDEX byA ON items (a);
-- expect: error 42S01

CREATE INDEX IF NOT EXISTS byA ON items (a);
-- expect: ok

CREATE INDEX byN ON missing_table (n);
-- expect: error 42S02

-- h2: DROP INDEX byA
DROP INDEX byA ON items;
-- expect: ok

-- h2: DROP INDEX byA
DROP INDEX byA ON items;
-- expect: error 42S02

-- h2: DROP INDEX IF EXISTS byA
DROP INDEX IF EXISTS byA ON items;
-- expect: ok

DROP TABLE single;
-- expect: ok

DROP TABLE single;
-- expect: error 42S02

DROP TABLE IF EXISTS single;
-- expect: ok

SELECT id FROM single;
-- expect: error 42S02

SELECT pk FROM missing_table;
-- expect: error 42S02

-- differs from standard SQL: every DynamoDB table has a key, so a table without PRIMARY KEY is refused
CREATE TABLE nokey (a VARCHAR, b INTEGER);
-- expect: error 42601
-- h2 expect: ok

-- differs from standard SQL: a DynamoDB key is a partition key and at most one sort key
CREATE TABLE threekeys (a VARCHAR, b VARCHAR, c VARCHAR, PRIMARY KEY (a, b, c));
-- expect: error 42601
-- h2 expect: ok

-- differs from standard SQL: DynamoDB table names have 3 to 255 characters
CREATE TABLE ab (pk VARCHAR PRIMARY KEY);
-- expect: error 42602
-- h2 expect: ok

-- differs from standard SQL: DynamoDB keys are strings, numbers or binaries, so a BOOLEAN cannot be a key
CREATE TABLE boolkey (b BOOLEAN PRIMARY KEY);
-- expect: error 42601
-- h2 expect: ok

-- differs from standard SQL: dynasql has no date/time types (DynamoDB stores dates as strings or numbers)
CREATE TABLE dated (id VARCHAR PRIMARY KEY, d DATE);
-- expect: error 42601
-- h2 expect: ok

CREATE TABLE (pk VARCHAR PRIMARY KEY);
-- expect: error 42601

-- dynasql-only: local secondary indexes are DynamoDB's, declared inside CREATE TABLE
CREATE TABLE events (pk VARCHAR, sk BIGINT, kind VARCHAR, PRIMARY KEY (pk, sk), LOCAL INDEX byKind (kind));
-- expect: ok

-- dynasql-only: a local index can only be created with its table (DynamoDB's rule)
CREATE LOCAL INDEX byKind2 ON events (pk, kind);
-- expect: error 22000

-- dynasql-only: a local index lives as long as its table (DynamoDB's rule)
DROP INDEX byKind ON events;
-- expect: error 22000

-- dynasql-only: sys.indexes is dynasql's catalog view
SELECT DISTINCT index_name, index_kind FROM sys.indexes WHERE table_name = 'events';
-- expect: rows
-- | byKind | LOCAL |

-- dynasql-only: the table was made by a dynasql-only statement
DROP TABLE events;
-- expect: ok

DROP TABLE items;
-- expect: ok
