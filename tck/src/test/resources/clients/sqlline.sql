!tables
!columns customers
!primarykeys order_lines
!primarykeys orderXlines
!indexes order_lines
!indexes orderXlines
!typeinfo
!describe customers
SELECT sku, qty, price FROM order_lines WHERE "orderId" = 'o-1' AND "lineNo" = 2;
SELECT "lineNo", sku FROM order_lines WHERE "orderId" = 'o-1' ORDER BY "lineNo" DESC;
SELECT "orderId", "lineNo" FROM "orderXlines" WHERE status = 'NEW';
SELECT "customerId", balance, ratio, tags, profile FROM customers ORDER BY "customerId";
SELECT sku, COUNT(*) AS line_count, SUM(qty) AS total_qty FROM order_lines GROUP BY sku ORDER BY sku;
SELECT statement_id, access, table_name, index_name FROM sys.access_log ORDER BY statement_id;
!quit
