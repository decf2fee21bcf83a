-- INSERT ... VALUES and INSERT ... SELECT, UPSERT, and the errors of writes.

CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (customer, id));
-- expect: ok

INSERT INTO orders VALUES ('c1', 1, 'NEW', 19.90);
-- expect: count 1

INSERT INTO orders VALUES ('c1', 2, 'PAID', 5), ('c2', 1, 'NEW', 120), ('c3', 7, NULL, 0.5);
-- expect: count 3

INSERT INTO orders (id, customer, total) VALUES (3, 'c1', 1.25);
-- expect: count 1

SELECT customer, id, status, total FROM orders;
-- expect: rows
-- | c1 | 1 | NEW  | 19.9 |
-- | c1 | 2 | PAID | 5    |
-- | c1 | 3 | NULL | 1.25 |
-- | c2 | 1 | NEW  | 120  |
-- | c3 | 7 | NULL | 0.5  |

INSERT INTO orders VALUES ('c1', 1, 'AGAIN', 1);
-- expect: error 23505

-- a failed statement writes nothing: the new key c4/1 is not there either
INSERT INTO orders VALUES ('c4', 1, 'NEW', 1), ('c1', 2, 'AGAIN', 1);
-- expect: error 23505

SELECT COUNT(*) FROM orders WHERE customer = 'c4';
-- expect: rows
-- | 0 |

INSERT INTO orders VALUES ('c5', 1, 'A', 1), ('c5', 1, 'B', 2);
-- expect: error 23505

SELECT COUNT(*) FROM orders;
-- expect: rows
-- | 5 |

INSERT INTO orders (customer, status) VALUES ('c9', 'NEW');
-- expect: error 23502

INSERT INTO orders VALUES (NULL, 1, 'NEW', 1);
-- expect: error 23502

INSERT INTO orders VALUES ('c9', 1, 'NEW');
-- expect: error 21S01

INSERT INTO orders (customer, id, nope) VALUES ('c9', 1, 'x');
-- expect: error 42S22

INSERT INTO missing_table VALUES ('c9', 1);
-- expect: error 42S02

INSERT INTO orders VALUES ('c9', 'abc', 'NEW', 1);
-- expect: error 22018

CREATE TABLE archive (customer VARCHAR, id BIGINT, status VARCHAR, PRIMARY KEY (customer, id));
-- expect: ok

INSERT INTO archive SELECT customer, id, status FROM orders WHERE customer = 'c1';
-- expect: count 3

INSERT INTO archive (customer, id, status) SELECT customer, id + 100, UPPER('moved') FROM orders WHERE total > 10;
-- expect: count 2

SELECT customer, id, status FROM archive ORDER BY customer, id;
-- expect: rows
-- | c1 | 1   | NEW   |
-- | c1 | 2   | PAID  |
-- | c1 | 3   | NULL  |
-- | c1 | 101 | MOVED |
-- | c2 | 101 | MOVED |

INSERT INTO archive SELECT customer, id, status FROM orders WHERE customer = 'c1';
-- expect: error 23505

INSERT INTO archive VALUES ('c6', 1 + 1, 'x' || 'y');
-- expect: count 1

SELECT id, status FROM archive WHERE customer = 'c6';
-- expect: rows
-- | 2 | xy |

-- h2: MERGE INTO orders (customer, id, status, total) KEY (customer, id) VALUES ('c1', 1, 'PAID', 21)
UPSERT INTO orders (customer, id, status, total) VALUES ('c1', 1, 'PAID', 21);
-- expect: count 1

-- differs from standard SQL: UPSERT replaces the whole item, as DynamoDB's PutItem does, so attributes not listed disappear; H2's MERGE keeps them
-- h2: MERGE INTO orders (customer, id, status) KEY (customer, id) VALUES ('c2', 1, 'PAID')
UPSERT INTO orders (customer, id, status) VALUES ('c2', 1, 'PAID');
-- expect: count 1
-- h2 expect: count 1

-- differs from standard SQL: the UPSERT above removed total (see there)
SELECT customer, id, status, total FROM orders WHERE customer IN ('c1', 'c2') AND id = 1;
-- expect: rows
-- | c1 | 1 | PAID | 21   |
-- | c2 | 1 | PAID | NULL |
-- h2 expect: rows
-- | c1 | 1 | PAID | 21   |
-- | c2 | 1 | PAID | 120  |

-- dynasql-only: UPSERT naming one key twice keeps the last row and counts items written; H2's MERGE refuses it
UPSERT INTO orders VALUES ('c8', 1, 'A', 1), ('c8', 1, 'B', 2);
-- expect: count 1

-- dynasql-only: c8 was written by a dynasql-only statement
SELECT status, total FROM orders WHERE customer = 'c8';
-- expect: rows
-- | B | 2 |

-- dynasql-only: the whole item as JSON is dynasql's _item column
SELECT _item FROM archive WHERE customer = 'c6' AND id = 2;
-- expect: rows
-- | {"customer":"c6","id":2,"status":"xy"} |

-- dynasql-only: _item is computed from the attributes and cannot be written
INSERT INTO archive (customer, id, _item) VALUES ('c7', 1, '{}');
-- expect: error 42000
