-- tests/real/workloads/work.sql: sqlite3 CLI workload for tests/real_sqlite3.t
.headers on
.mode list
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, budget REAL);
CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept_id INTEGER REFERENCES dept(id),
                 salary INTEGER, hired TEXT, boss INTEGER);
CREATE INDEX emp_dept ON emp(dept_id);
INSERT INTO dept VALUES (1, 'eng', 1e6), (2, 'sales', 250000.5), (3, 'ops', NULL), (4, 'empty', 0);
INSERT INTO emp(name, dept_id, salary, hired, boss) VALUES
  ('ada', 1, 150000, '2015-03-01', NULL), ('bob', 1, 120000, '2018-07-15', 1),
  ('cyd', 2, 90000, '2019-01-10', 1), ('dee', 2, 95000, '2020-11-30', 3),
  ('eve', 3, 80000, '2021-05-05', 1), ('fay', 1, 130000, '2016-02-29', 2),
  ('gus', NULL, 50000, '2022-08-08', NULL), ('hal', 3, 82000, '2017-12-31', 5);
SELECT e.name, d.name AS dept, e.salary FROM emp e JOIN dept d ON d.id = e.dept_id ORDER BY e.salary DESC;
SELECT d.name, count(e.id) AS n, coalesce(sum(e.salary), 0) AS total, printf('%.2f', avg(e.salary)) AS avg
  FROM dept d LEFT JOIN emp e ON e.dept_id = d.id GROUP BY d.id ORDER BY total DESC;
SELECT name FROM emp WHERE dept_id IS NULL UNION ALL SELECT name FROM dept WHERE id NOT IN (SELECT dept_id FROM emp WHERE dept_id IS NOT NULL);
SELECT e.name, b.name AS boss FROM emp e LEFT JOIN emp b ON b.id = e.boss ORDER BY e.id;
.mode column
SELECT name, salary, rank() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS r,
       sum(salary) OVER (ORDER BY hired ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS run
  FROM emp ORDER BY hired;
.mode csv
WITH RECURSIVE chain(id, name, depth) AS (SELECT id, name, 0 FROM emp WHERE boss IS NULL AND dept_id IS NOT NULL
  UNION ALL SELECT e.id, e.name, c.depth + 1 FROM emp e JOIN chain c ON e.boss = c.id)
  SELECT printf('%*s%s', depth * 2, '', name) AS tree, depth FROM chain ORDER BY depth, name;
.mode line
SELECT printf('%5d|%-6s|%08.3f|%x|%e|%q|%c', 42, 'ab', 3.14159, 255, 12345.678, 'it''s', 'xyz') AS fmt,
       strftime('%Y-%m-%d %H:%M:%S %j %w', '2021-03-04 05:06:07', '+1 month', 'start of month') AS t,
       julianday('2000-01-01') AS jd, date('2020-02-28', '+1 day') AS leap, unixepoch('2023-11-14 22:13:20') AS ue;
.mode list
.separator " | "
SELECT upper('héllo'), lower('ABC'), length('héllo'), substr('abcdef', 2, 3), replace('aaa', 'a', 'bb'),
       instr('hello', 'll'), trim('  x  '), hex('AB'), quote(x'00ff'), typeof(1), typeof(1.0), typeof('1'), typeof(NULL), typeof(x'00');
SELECT 7 / 2, 7 / 2.0, 7 % 3, -7 % 3, 1 << 62, 9223372036854775807 + 1, round(2.5), round(-2.5), round(3.14159, 2), abs(-5), 1e308 * 10, cast('12abc' AS INTEGER), cast(3.99 AS INTEGER);
SELECT group_concat(name, ',') FROM (SELECT name FROM emp ORDER BY name DESC);
SELECT json_object('a', 1, 'b', json_array(1, 2, 'x')), json_extract('{"x":{"y":[10,20]}}', '$.x.y[1]');
SELECT key, value FROM json_each('{"k1": 1, "k2": [1,2], "k3": null}');
SELECT total(salary), min(hired), max(hired), count(DISTINCT dept_id) FROM emp;
CREATE TABLE nums(n INTEGER);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) INSERT INTO nums SELECT x FROM c;
SELECT count(*), sum(n), sum(n * n) % 1000003, avg(n) FROM nums WHERE n % 3 = 0;
SELECT n FROM nums WHERE n IN (SELECT n * n FROM nums WHERE n < 150) AND n % 7 = 1 ORDER BY n DESC LIMIT 5;
BEGIN; UPDATE emp SET salary = salary * 11 / 10 WHERE dept_id = 1; DELETE FROM emp WHERE name = 'gus'; ROLLBACK;
SELECT count(*), sum(salary) FROM emp;
UPDATE emp SET salary = salary + 1000 WHERE dept_id = (SELECT id FROM dept WHERE name = 'ops') RETURNING name, salary;
CREATE VIEW v AS SELECT dept_id, max(salary) AS top FROM emp GROUP BY dept_id;
SELECT * FROM v ORDER BY top;
CREATE TRIGGER t AFTER INSERT ON emp BEGIN UPDATE dept SET budget = coalesce(budget, 0) + NEW.salary WHERE id = NEW.dept_id; END;
INSERT INTO emp(name, dept_id, salary) VALUES ('ivy', 3, 70000);
SELECT name, budget FROM dept ORDER BY id;
INSERT INTO dept VALUES (1, 'dup', 0);
SELECT 'after error';
.schema dept
PRAGMA integrity_check;
