-- The index on annual_report (report_year) alone holds a handful of distinct values (the report years), so it serves
-- no selective lookup, costs a write on every row imported, and with statistics made stale by a running import the
-- planner took it for a key lookup (every row of a year scanned for each key). Lookups by enterprise and year use the
-- primary key; queries over a year read the table.
DROP INDEX annual_report_year;
