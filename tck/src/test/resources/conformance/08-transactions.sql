-- Transactions: autoCommit off, commit and rollback.

CREATE TABLE accounts (id VARCHAR PRIMARY KEY, balance INTEGER);
-- expect: ok

INSERT INTO accounts VALUES ('a', 100), ('b', 50);
-- expect: count 2

!autocommit off

UPDATE accounts SET balance = balance - 30 WHERE id = 'a';
-- expect: count 1

UPDATE accounts SET balance = balance + 30 WHERE id = 'b';
-- expect: count 1

INSERT INTO accounts VALUES ('c', 0);
-- expect: count 1

!rollback

SELECT id, balance FROM accounts;
-- expect: rows
-- | a | 100 |
-- | b | 50  |

UPDATE accounts SET balance = balance - 30 WHERE id = 'a';
-- expect: count 1

INSERT INTO accounts VALUES ('c', 30);
-- expect: count 1

-- inside the transaction its own pending writes are seen, as in H2
SELECT id, balance FROM accounts ORDER BY id;
-- expect: rows
-- | a | 70  |
-- | b | 50  |
-- | c | 30  |

!commit

SELECT id, balance FROM accounts;
-- expect: rows
-- | a | 70 |
-- | b | 50 |
-- | c | 30 |

DELETE FROM accounts WHERE id = 'c';
-- expect: count 1

!rollback

SELECT COUNT(*) FROM accounts;
-- expect: rows
-- | 3 |

-- a duplicate key fails the statement when it runs; the transaction goes on
INSERT INTO accounts VALUES ('a', 1);
-- expect: error 23505

INSERT INTO accounts VALUES ('d', 5);
-- expect: count 1

!commit

SELECT id, balance FROM accounts WHERE id IN ('a', 'd');
-- expect: rows
-- | a | 70 |
-- | d | 5  |

!autocommit on

UPDATE accounts SET balance = 0 WHERE id = 'd';
-- expect: count 1

SELECT balance FROM accounts WHERE id = 'd';
-- expect: rows
-- | 0 |
