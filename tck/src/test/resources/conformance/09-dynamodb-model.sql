-- Where DynamoDB's data model shows through SQL: declared lengths and NOT NULL are not enforced,
-- digits beyond a declared precision or scale are refused, empty key strings, SELECT *, names that keep their case, and the sys tables.

CREATE TABLE people (id VARCHAR(5) PRIMARY KEY, name VARCHAR(3), score DECIMAL(5, 2), email VARCHAR NOT NULL);
-- expect: ok

INSERT INTO people VALUES ('p1', 'Ann', 1.5, 'a@x');
-- expect: count 1

-- differs from standard SQL: a declared length is not enforced (DynamoDB strings have no length but the 400 KB item limit)
INSERT INTO people VALUES ('p2', 'Bartholomew', 2, 'b@x');
-- expect: count 1
-- h2 expect: error 22001

-- differs from standard SQL: more fraction digits than the declared scale are refused, not rounded (a rounded number is a changed one); H2 rounds to the scale
INSERT INTO people VALUES ('p3', 'Cy', 1.234, 'c@x');
-- expect: error 22003
-- h2 expect: count 1

-- differs from standard SQL: the INSERT above wrote nothing; H2 kept 1.234 rounded to 1.23
SELECT score FROM people WHERE id = 'p3';
-- expect: empty
-- h2 expect: rows
-- | 1.23 |

-- differs from standard SQL: NOT NULL is accepted but enforced only on key columns (a DynamoDB item needs only its key)
INSERT INTO people (id, name) VALUES ('p4', 'Di');
-- expect: count 1
-- h2 expect: error 23502

-- differs from standard SQL: DynamoDB refuses an empty string as a key value
INSERT INTO people VALUES ('', 'Nil', 0, 'n@x');
-- expect: error 22000
-- h2 expect: count 1

SELECT COUNT(*) FROM people WHERE name = 'Ann';
-- expect: rows
-- | 1 |

-- an empty string that is not a key is a value like any other
UPDATE people SET email = '' WHERE id = 'p1';
-- expect: count 1

SELECT id FROM people WHERE email = '';
-- expect: rows
-- | p1 |

-- differs from standard SQL: every table has one more column, _item (the whole item as JSON), so SELECT * has it too
SELECT * FROM people WHERE id = 'p1';
-- expect: rows
-- | p1 | Ann | 1.5 | '' | {"id":"p1","name":"Ann","score":1.5,"email":""} |
-- h2 expect: rows
-- | p1 | Ann | 1.5 | '' |

-- names keep their case but match it in any case when unquoted
select ID, Name from PEOPLE where Id = 'p1';
-- expect: rows
-- | p1 | Ann |

-- differs from standard SQL: a quoted name is the name as stored (DynamoDB names are case-sensitive), so "name" finds the column created as name; H2 stored it as NAME
SELECT "name" FROM people WHERE id = 'p1';
-- expect: rows
-- | Ann |
-- h2 expect: error 42S22

-- dynasql-only: sys.tables is dynasql's catalog
SELECT table_name FROM sys.tables WHERE table_name = 'people';
-- expect: rows
-- | people |

-- dynasql-only: sys.primary_keys lists the partition key (1) and the sort key (2)
SELECT column_name, key_seq FROM sys.primary_keys WHERE table_name = 'people';
-- expect: rows
-- | id | 1 |

-- dynasql-only: sys.columns describes the columns from the catalog, without reading items
SELECT column_name, type_name FROM sys.columns WHERE table_name = 'people' AND column_name IN ('name', 'score');
-- expect: rows
-- | name  | VARCHAR |
-- | score | DECIMAL |

-- dynasql-only: every statement's accesses are in sys.access_log
SELECT access FROM sys.access_log WHERE "sql" = 'SELECT COUNT(*) FROM people WHERE name = ''Ann''';
-- expect: rows
-- | SCAN |
