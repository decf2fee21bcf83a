!tables
!columns CUSTOMERS
!primarykeys CUSTOMERS
!columns orders
!primarykeys orders
!indexes orders
SELECT c.name, o.amount FROM orders o JOIN crm.customers c ON c.id = o.customer_id WHERE c.city = 'London' ORDER BY o.amount;
SELECT customer, "orderId", total FROM live.orders WHERE customer = 'c1' ORDER BY total;
SELECT access, source, remote_sql FROM sys.access_log WHERE access = 'REMOTE_SQL';
SELECT access, source, table_name FROM sys.access_log WHERE source = 'live';
!quit
