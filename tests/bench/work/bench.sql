-- sqlite3: inserts, an index, joins and aggregates over generated tables.
-- Output is deterministic (compared against the native run).
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE cust(id INTEGER PRIMARY KEY, name TEXT, region INTEGER);
CREATE TABLE item(id INTEGER PRIMARY KEY, price INTEGER, cat TEXT);
CREATE TABLE ord(id INTEGER PRIMARY KEY, cust INTEGER, item INTEGER, qty INTEGER, day INTEGER);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20000)
INSERT INTO cust SELECT i, 'cust' || (i * 7919 % 20000), i % 17 FROM c;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO item SELECT i, (i * 37) % 997 + 1, 'cat' || (i % 23) FROM c;
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 600000)
INSERT INTO ord SELECT i, (i * 7907) % 20000 + 1, (i * 104729) % 5000 + 1, i % 9 + 1, i % 365 FROM c;
COMMIT;
CREATE INDEX ord_cust ON ord(cust);
CREATE INDEX ord_item ON ord(item, day);
SELECT c.region, count(*), sum(o.qty * i.price) FROM ord o JOIN cust c ON c.id = o.cust
  JOIN item i ON i.id = o.item GROUP BY c.region ORDER BY c.region;
SELECT i.cat, avg(o.qty), max(o.day), count(DISTINCT o.cust) FROM ord o JOIN item i ON i.id = o.item
  GROUP BY i.cat ORDER BY 3 DESC, 1 LIMIT 10;
SELECT name, total FROM (SELECT c.name, sum(o.qty) AS total FROM cust c JOIN ord o ON o.cust = c.id
  GROUP BY c.id) ORDER BY total DESC, name LIMIT 5;
SELECT day, count(*) FROM ord WHERE item IN (SELECT id FROM item WHERE price > 900)
  GROUP BY day HAVING count(*) > 20 ORDER BY 2 DESC, 1 LIMIT 5;
SELECT count(*), sum(length(name)) FROM cust WHERE name LIKE '%7%' AND id IN (SELECT cust FROM ord WHERE qty = 9);
UPDATE ord SET qty = qty + 1 WHERE day % 5 = 0;
DELETE FROM ord WHERE cust % 11 = 0;
SELECT count(*), sum(qty), total(qty * day) FROM ord;
