!tables
!columns CUSTOMERS
!primarykeys CUSTOMERS
SELECT c.name, o.amount FROM orders o JOIN crm.customers c ON c.id = o.customer_id WHERE c.city = 'London' ORDER BY o.amount;
SELECT access, source, remote_sql FROM sys.access_log WHERE access = 'REMOTE_SQL';
!quit
