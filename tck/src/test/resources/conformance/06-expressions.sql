-- Expressions: NULL semantics, CASE, string and number functions, CAST.

CREATE TABLE vals (id VARCHAR PRIMARY KEY, s VARCHAR, n INTEGER, d DECIMAL(10, 3), f DOUBLE, b BOOLEAN);
-- expect: ok

INSERT INTO vals VALUES ('r1', 'Hello', 7, 2.5, 0.25, TRUE), ('r2', ' pad ', -3, -1.125, 1.5, FALSE), ('r3', NULL, NULL, NULL, NULL, NULL), ('r4', 'abc', 0, 10, -2, TRUE);
-- expect: count 4

SELECT id FROM vals WHERE n = NULL;
-- expect: empty

SELECT id FROM vals WHERE n IS NULL;
-- expect: rows
-- | r3 |

SELECT id FROM vals WHERE n IS NOT NULL AND n <> 7;
-- expect: rows
-- | r2 |
-- | r4 |

SELECT id FROM vals WHERE NOT (n > 0);
-- expect: rows
-- | r2 |
-- | r4 |

SELECT id FROM vals WHERE n NOT IN (7, NULL);
-- expect: empty

SELECT id FROM vals WHERE n IN (7, NULL);
-- expect: rows
-- | r1 |

SELECT id, n + 1, n * NULL FROM vals WHERE id IN ('r1', 'r3');
-- expect: rows
-- | r1 | 8    | NULL |
-- | r3 | NULL | NULL |

SELECT id, COALESCE(s, 'none'), COALESCE(n, -1) FROM vals WHERE id IN ('r1', 'r3');
-- expect: rows
-- | r1 | Hello | 7  |
-- | r3 | none  | -1 |

SELECT id, NULLIF(n, 0) FROM vals WHERE id = 'r4';
-- expect: rows
-- | r4 | NULL |

SELECT id FROM vals WHERE b;
-- expect: rows
-- | r1 |
-- | r4 |

SELECT id FROM vals WHERE b IS NOT TRUE;
-- expect: rows
-- | r2 |
-- | r3 |

SELECT id, CASE WHEN n > 0 THEN 1 WHEN n < 0 THEN -1 WHEN n = 0 THEN 0 ELSE 99 END FROM vals;
-- expect: rows
-- | r1 | 1  |
-- | r2 | -1 |
-- | r3 | 99 |
-- | r4 | 0  |

SELECT id, CASE n WHEN 7 THEN 'seven' ELSE NULL END FROM vals WHERE id IN ('r1', 'r4');
-- expect: rows
-- | r1 | seven |
-- | r4 | NULL  |

-- differs from standard SQL: a CASE of string literals is CHAR of the longest in Calcite (shorter ones padded); H2 types it VARCHAR
SELECT CASE WHEN n > 0 THEN 'a' ELSE 'bbb' END FROM vals WHERE id = 'r1';
-- expect: rows
-- | 'a  ' |
-- h2 expect: rows
-- | a |

SELECT UPPER(s), LOWER(s), CHAR_LENGTH(s) FROM vals WHERE id = 'r1';
-- expect: rows
-- | HELLO | hello | 5 |

SELECT SUBSTRING(s FROM 2 FOR 3), POSITION('l' IN s), s || '!' FROM vals WHERE id = 'r1';
-- expect: rows
-- | ell | 3 | Hello! |

SELECT TRIM(s), '[' || TRIM(LEADING ' ' FROM s) || ']', CHAR_LENGTH(s) FROM vals WHERE id = 'r2';
-- expect: rows
-- | pad | '[pad ]' | 5 |

SELECT s || NULL, REPLACE(s, 'b', 'B') FROM vals WHERE id = 'r4';
-- expect: rows
-- | NULL | aBc |

SELECT CONCAT(s, '-', id), LEFT(s, 2), RIGHT(s, 2) FROM vals WHERE id = 'r1';
-- expect: rows
-- | Hello-r1 | He | lo |

SELECT ABS(n), MOD(n, 2), n / 2, SIGN(n) FROM vals WHERE id = 'r2';
-- expect: rows
-- | 3 | -1 | -1 | -1 |

SELECT ROUND(d, 1), FLOOR(d), CEIL(d), ABS(d) FROM vals WHERE id = 'r2';
-- expect: rows
-- | -1.1 | -2 | -1 | 1.125 |

SELECT d * 2, d + n, d - 0.5 FROM vals WHERE id = 'r1';
-- expect: rows
-- | 5 | 9.5 | 2 |

SELECT f * 4, POWER(f, 2), SQRT(f * 16) FROM vals WHERE id = 'r1';
-- expect: rows
-- | 1 | 0.0625 | 2 |

SELECT CAST(n AS VARCHAR(10)), CAST('12' AS INTEGER) + 1, CAST(d AS INTEGER) FROM vals WHERE id = 'r4';
-- expect: rows
-- | '0' | 13 | 10 |

-- differs from standard SQL: a DECIMAL cast to INTEGER is truncated in Calcite and rounded in H2 (the standard leaves it to the implementation)
SELECT CAST(d AS INTEGER) FROM vals WHERE id = 'r1';
-- expect: rows
-- | 2 |
-- h2 expect: rows
-- | 3 |

SELECT CAST(7 AS DECIMAL(5, 2)) / 2 FROM vals WHERE id = 'r1';
-- expect: rows
-- | 3.5 |

SELECT id FROM vals WHERE s BETWEEN 'a' AND 'z' ORDER BY id;
-- expect: rows
-- | r4 |

SELECT id FROM vals WHERE s > 'Z' OR s < ' q';
-- expect: rows
-- | r2 |
-- | r4 |

SELECT GREATEST(n, 1), LEAST(n, 1) FROM vals WHERE id = 'r2';
-- expect: rows
-- | 1 | -3 |

SELECT CASE WHEN n > 1 THEN n ELSE 1 END FROM vals WHERE id = 'r2';
-- expect: rows
-- | 1 |

-- differs from standard SQL: Calcite sorts NULL last in ascending order by default, H2 first (both are allowed: the standard leaves it to the implementation)
SELECT id FROM vals ORDER BY n;
-- expect: rows
-- | r2 |
-- | r4 |
-- | r1 |
-- | r3 |
-- h2 expect: rows
-- | r3 |
-- | r2 |
-- | r4 |
-- | r1 |

SELECT id FROM vals ORDER BY n NULLS FIRST;
-- expect: rows
-- | r3 |
-- | r2 |
-- | r4 |
-- | r1 |

SELECT id FROM vals ORDER BY n DESC NULLS LAST;
-- expect: rows
-- | r1 |
-- | r4 |
-- | r2 |
-- | r3 |
