-- UPDATE and DELETE: by key, by range, by filter, with expressions, and their errors.

CREATE TABLE stock (shop VARCHAR, item BIGINT, name VARCHAR, qty INTEGER, price DECIMAL(10, 2), PRIMARY KEY (shop, item));
-- expect: ok

INSERT INTO stock VALUES ('s1', 1, 'apple', 10, 0.5), ('s1', 2, 'pear', 0, 0.75), ('s1', 3, 'plum', 7, 1.2), ('s2', 1, 'apple', 3, 0.55), ('s2', 2, 'fig', NULL, 2);
-- expect: count 5

UPDATE stock SET qty = 11 WHERE shop = 's1' AND item = 1;
-- expect: count 1

UPDATE stock SET qty = qty + 1, price = price * 2 WHERE shop = 's1' AND item >= 2;
-- expect: count 2

SELECT item, qty, price FROM stock WHERE shop = 's1' ORDER BY item;
-- expect: rows
-- | 1 | 11 | 0.5 |
-- | 2 | 1  | 1.5 |
-- | 3 | 8  | 2.4 |

UPDATE stock SET name = UPPER(name) WHERE price > 1;
-- expect: count 3

SELECT shop, item, name FROM stock WHERE name = UPPER(name);
-- expect: rows
-- | s1 | 2 | PEAR |
-- | s1 | 3 | PLUM |
-- | s2 | 2 | FIG  |

UPDATE stock SET qty = 0 WHERE shop = 's9';
-- expect: count 0

UPDATE stock SET qty = NULL WHERE shop = 's2' AND item = 1;
-- expect: count 1

SELECT shop, item FROM stock WHERE qty IS NULL;
-- expect: rows
-- | s2 | 1 |
-- | s2 | 2 |

UPDATE stock SET qty = (SELECT MAX(qty) FROM stock WHERE shop = 's1') WHERE shop = 's2' AND item = 2;
-- expect: count 1

SELECT qty FROM stock WHERE shop = 's2' AND item = 2;
-- expect: rows
-- | 11 |

UPDATE stock SET qty = 1 WHERE shop IN ('s1', 's2') AND name LIKE 'ap%';
-- expect: count 2

SELECT shop, item, qty FROM stock WHERE name = 'apple';
-- expect: rows
-- | s1 | 1 | 1 |
-- | s2 | 1 | 1 |

CREATE TABLE keyed (k VARCHAR PRIMARY KEY, v INTEGER);
-- expect: ok

INSERT INTO keyed VALUES ('a', 1);
-- expect: count 1

-- differs from standard SQL: a DynamoDB item's key cannot change; delete and insert instead
UPDATE keyed SET k = 'b' WHERE k = 'a';
-- expect: error 42000
-- h2 expect: count 1

-- differs from standard SQL: the key update above ran on H2 only
SELECT k, v FROM keyed;
-- expect: rows
-- | a | 1 |
-- h2 expect: rows
-- | b | 1 |

DROP TABLE keyed;
-- expect: ok

UPDATE stock SET nope = 1 WHERE shop = 's1';
-- expect: error 42S22

UPDATE stock SET qty = 'many' WHERE shop = 's1' AND item = 2;
-- expect: error 22018

UPDATE missing_table SET qty = 1;
-- expect: error 42S02

DELETE FROM stock WHERE shop = 's1' AND item = 2;
-- expect: count 1

DELETE FROM stock WHERE shop = 's1' AND item = 2;
-- expect: count 0

DELETE FROM stock WHERE qty > 5;
-- expect: count 2

SELECT shop, item, qty FROM stock;
-- expect: rows
-- | s1 | 1 | 1 |
-- | s2 | 1 | 1 |

DELETE FROM stock WHERE nope = 1;
-- expect: error 42S22

DELETE FROM stock;
-- expect: count 2

SELECT COUNT(*) FROM stock;
-- expect: rows
-- | 0 |
