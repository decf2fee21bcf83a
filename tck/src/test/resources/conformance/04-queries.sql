-- Queries on keys and filters: point reads, key ranges, IN, LIKE prefix, projections, ORDER BY, LIMIT / OFFSET.

CREATE TABLE events (device VARCHAR, ts BIGINT, kind VARCHAR, reading DECIMAL(10, 2), note VARCHAR, PRIMARY KEY (device, ts));
-- expect: ok

CREATE INDEX byKind ON events (kind, ts);
-- expect: ok

INSERT INTO events VALUES
  ('d1', 100, 'temp', 20.5, 'morning'), ('d1', 200, 'temp', 21, NULL), ('d1', 300, 'hum', 40, 'dry'),
  ('d1', 400, 'temp', 19.75, 'night'), ('d2', 100, 'hum', 55, NULL), ('d2', 150, 'temp', 18, 'cold'),
  ('d2', 250, 'alarm', NULL, 'door'), ('d3', 100, 'temp', 25, 'warm'), ('dx', 1, 'temp', 0, 'test');
-- expect: count 9

SELECT kind, reading FROM events WHERE device = 'd1' AND ts = 200;
-- expect: rows
-- | temp | 21 |

SELECT kind FROM events WHERE device = 'd1' AND ts = 999;
-- expect: empty

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts;
-- expect: rows
-- | 100 |
-- | 200 |
-- | 300 |
-- | 400 |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts DESC;
-- expect: rows
-- | 400 |
-- | 300 |
-- | 200 |
-- | 100 |

SELECT ts FROM events WHERE device = 'd1' AND ts > 100 AND ts <= 300 ORDER BY ts;
-- expect: rows
-- | 200 |
-- | 300 |

SELECT ts FROM events WHERE device = 'd1' AND ts BETWEEN 150 AND 400 ORDER BY ts;
-- expect: rows
-- | 200 |
-- | 300 |
-- | 400 |

SELECT ts FROM events WHERE device = 'd1' AND ts < 100;
-- expect: empty

SELECT device, ts FROM events WHERE device IN ('d2', 'd3') AND ts = 100;
-- expect: rows
-- | d2 | 100 |
-- | d3 | 100 |

SELECT device, ts FROM events WHERE device IN ('d2', 'd3', 'nope');
-- expect: rows
-- | d2 | 100 |
-- | d2 | 150 |
-- | d2 | 250 |
-- | d3 | 100 |

SELECT device, ts FROM events WHERE device LIKE 'd%' AND ts = 100;
-- expect: rows
-- | d1 | 100 |
-- | d2 | 100 |
-- | d3 | 100 |

SELECT device, ts FROM events WHERE note LIKE 'n%';
-- expect: rows
-- | d1 | 400 |

SELECT device, note FROM events WHERE note LIKE '%o%' ORDER BY device, ts;
-- expect: rows
-- | d1 | morning |
-- | d2 | cold    |
-- | d2 | door    |

SELECT device, note FROM events WHERE note LIKE '_ry';
-- expect: rows
-- | d1 | dry |

SELECT device, ts FROM events WHERE kind = 'temp' AND ts >= 150 ORDER BY ts, device;
-- expect: rows
-- | d2 | 150 |
-- | d1 | 200 |
-- | d1 | 400 |

SELECT device, ts FROM events WHERE kind = 'alarm';
-- expect: rows
-- | d2 | 250 |

SELECT device, ts FROM events WHERE reading > 20 AND reading < 50;
-- expect: rows
-- | d1 | 100 |
-- | d1 | 200 |
-- | d1 | 300 |
-- | d3 | 100 |

SELECT device, ts FROM events WHERE reading >= 55 OR note = 'test';
-- expect: rows
-- | d2 | 100 |
-- | dx | 1   |

SELECT device, ts FROM events WHERE device = 'd1' AND (kind = 'hum' OR reading < 20);
-- expect: rows
-- | d1 | 300 |
-- | d1 | 400 |

SELECT device, ts FROM events WHERE NOT (kind = 'temp');
-- expect: rows
-- | d1 | 300 |
-- | d2 | 100 |
-- | d2 | 250 |

SELECT device, ts FROM events WHERE kind <> 'temp' AND device <> 'd2';
-- expect: rows
-- | d1 | 300 |

SELECT ts, reading * 2 AS doubled, UPPER(kind) AS k FROM events WHERE device = 'd1' AND ts = 100;
-- expect: rows
-- | 100 | 41 | TEMP |

SELECT DISTINCT kind FROM events;
-- expect: rows
-- | temp  |
-- | hum   |
-- | alarm |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts LIMIT 2;
-- expect: rows
-- | 100 |
-- | 200 |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts DESC LIMIT 1;
-- expect: rows
-- | 400 |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts LIMIT 2 OFFSET 1;
-- expect: rows
-- | 200 |
-- | 300 |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts OFFSET 3 ROWS;
-- expect: rows
-- | 400 |

SELECT ts FROM events WHERE device = 'd1' ORDER BY ts OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY;
-- expect: rows
-- | 200 |
-- | 300 |

SELECT device, ts, reading FROM events ORDER BY reading DESC NULLS LAST, device, ts LIMIT 3;
-- expect: rows
-- | d2 | 100 | 55 |
-- | d1 | 300 | 40 |
-- | d3 | 100 | 25 |

SELECT device, ts FROM events ORDER BY device DESC, ts DESC LIMIT 2;
-- expect: rows
-- | dx | 1   |
-- | d3 | 100 |

SELECT e.device AS d, e.ts FROM events e WHERE e.device = 'd3';
-- expect: rows
-- | d3 | 100 |

SELECT COUNT(*) FROM events WHERE device = 'd1' AND ts > 100;
-- expect: rows
-- | 3 |

-- differs from standard SQL: DDL names keep their case (they are DynamoDB attribute names), so the quoted "kind" is the column created as kind; H2 upper-cased it to KIND
SELECT "kind" FROM events WHERE device = 'd2' AND ts = 250;
-- expect: rows
-- | alarm |
-- h2 expect: error 42S22

-- dynasql-only: EXPLAIN shows dynasql's access paths
EXPLAIN PLAN FOR SELECT ts FROM events WHERE device = 'd1' AND ts = 100;
-- expect: ok

-- dynasql-only: every table has the whole item as JSON in _item
SELECT _item FROM events WHERE device = 'd2' AND ts = 250;
-- expect: rows
-- | {"device":"d2","ts":250,"kind":"alarm","note":"door"} |
