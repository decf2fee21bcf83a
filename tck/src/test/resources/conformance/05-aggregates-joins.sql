-- Aggregates, GROUP BY / HAVING, joins, subqueries and set operations.

CREATE TABLE customers (id VARCHAR PRIMARY KEY, name VARCHAR, city VARCHAR);
-- expect: ok

CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, total DECIMAL(10, 2), qty INTEGER, PRIMARY KEY (customer, id));
-- expect: ok

INSERT INTO customers VALUES ('c1', 'Ann', 'Oslo'), ('c2', 'Bob', 'Rome'), ('c3', 'Cy', 'Oslo'), ('c4', 'Di', NULL);
-- expect: count 4

INSERT INTO orders VALUES
  ('c1', 1, 'NEW', 10, 1), ('c1', 2, 'PAID', 20, 2), ('c1', 3, 'PAID', 30, 3),
  ('c2', 1, 'NEW', 5, 1), ('c2', 2, 'CANCELLED', 7.5, NULL), ('c3', 1, 'PAID', 100, 10), ('c9', 1, 'NEW', 1, 1);
-- expect: count 7

SELECT COUNT(*), COUNT(qty), SUM(total), MIN(total), MAX(total) FROM orders;
-- expect: rows
-- | 7 | 6 | 173.5 | 1 | 100 |

SELECT COUNT(DISTINCT status) FROM orders;
-- expect: rows
-- | 3 |

SELECT status, COUNT(*), SUM(total) FROM orders GROUP BY status;
-- expect: rows
-- | NEW       | 3 | 16    |
-- | PAID      | 3 | 150   |
-- | CANCELLED | 1 | 7.5   |

SELECT customer, SUM(qty) FROM orders GROUP BY customer HAVING SUM(qty) > 1 ORDER BY customer;
-- expect: rows
-- | c1 | 6  |
-- | c3 | 10 |

SELECT customer, COUNT(*) AS n FROM orders WHERE status <> 'CANCELLED' GROUP BY customer HAVING COUNT(*) >= 1 ORDER BY n DESC, customer;
-- expect: rows
-- | c1 | 3 |
-- | c2 | 1 |
-- | c3 | 1 |
-- | c9 | 1 |

SELECT MAX(total) FROM orders WHERE customer = 'nobody';
-- expect: rows
-- | NULL |

SELECT COUNT(*) FROM orders WHERE customer = 'nobody';
-- expect: rows
-- | 0 |

SELECT AVG(CAST(total AS DOUBLE)) FROM orders WHERE customer = 'c1';
-- expect: rows
-- | 20 |

-- AVG of an INTEGER column keeps its fraction: a DECIMAL here, DOUBLE PRECISION in H2
SELECT AVG(qty) FROM orders WHERE customer = 'c1' AND id < 3;
-- expect: rows
-- | 1.5 |

SELECT c.name, o.id, o.total FROM customers c JOIN orders o ON o.customer = c.id WHERE c.city = 'Oslo' ORDER BY c.name, o.id;
-- expect: rows
-- | Ann | 1 | 10  |
-- | Ann | 2 | 20  |
-- | Ann | 3 | 30  |
-- | Cy  | 1 | 100 |

SELECT c.name, COUNT(o.id) FROM customers c LEFT JOIN orders o ON o.customer = c.id GROUP BY c.name ORDER BY c.name;
-- expect: rows
-- | Ann | 3 |
-- | Bob | 2 |
-- | Cy  | 1 |
-- | Di  | 0 |

SELECT o.customer, c.name FROM orders o LEFT JOIN customers c ON c.id = o.customer WHERE o.id = 1 ORDER BY o.customer;
-- expect: rows
-- | c1 | Ann  |
-- | c2 | Bob  |
-- | c3 | Cy   |
-- | c9 | NULL |

SELECT c.id, o.id FROM customers c RIGHT JOIN orders o ON c.id = o.customer WHERE c.id IS NULL;
-- expect: rows
-- | NULL | 1 |

SELECT COUNT(*) FROM customers c CROSS JOIN customers d;
-- expect: rows
-- | 16 |

SELECT a.id, b.id FROM customers a JOIN customers b ON a.city = b.city AND a.id < b.id;
-- expect: rows
-- | c1 | c3 |

SELECT name FROM customers WHERE id IN (SELECT customer FROM orders WHERE status = 'PAID') ORDER BY name;
-- expect: rows
-- | Ann |
-- | Cy  |

SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer = c.id);
-- expect: rows
-- | Di |

SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer = c.id AND o.total > 50);
-- expect: rows
-- | Cy |

SELECT name, (SELECT SUM(total) FROM orders o WHERE o.customer = c.id) AS spent FROM customers c ORDER BY name;
-- expect: rows
-- | Ann | 60   |
-- | Bob | 12.5 |
-- | Cy  | 100  |
-- | Di  | NULL |

SELECT customer, id FROM orders WHERE total > (SELECT AVG(CAST(total AS DOUBLE)) FROM orders);
-- expect: rows
-- | c1 | 3 |
-- | c3 | 1 |

SELECT t.city, t.n FROM (SELECT city, COUNT(*) AS n FROM customers GROUP BY city) t WHERE t.n > 1;
-- expect: rows
-- | Oslo | 2 |

SELECT id FROM customers UNION SELECT customer FROM orders;
-- expect: rows
-- | c1 |
-- | c2 |
-- | c3 |
-- | c4 |
-- | c9 |

SELECT customer FROM orders WHERE id = 1 UNION ALL SELECT id FROM customers WHERE city = 'Rome';
-- expect: rows
-- | c1 |
-- | c2 |
-- | c3 |
-- | c9 |
-- | c2 |

SELECT id FROM customers EXCEPT SELECT customer FROM orders;
-- expect: rows
-- | c4 |

SELECT id FROM customers INTERSECT SELECT customer FROM orders WHERE status = 'NEW';
-- expect: rows
-- | c1 |
-- | c2 |

SELECT status, SUM(CASE WHEN total >= 10 THEN 1 ELSE 0 END) AS big FROM orders GROUP BY status ORDER BY status;
-- expect: rows
-- | CANCELLED | 0 |
-- | NEW       | 1 |
-- | PAID      | 3 |

WITH spent AS (SELECT customer, SUM(total) AS s FROM orders GROUP BY customer) SELECT customer FROM spent WHERE s > 50 ORDER BY customer;
-- expect: rows
-- | c1 |
-- | c3 |
