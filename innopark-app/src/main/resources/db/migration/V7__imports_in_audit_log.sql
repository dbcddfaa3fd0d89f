-- Whole-file imports are written to the audit log as events of entity 'import' (by the registry's import history,
-- in the transaction that records the attempt), so that the audit log reads one table and no other feature's.
-- This copies the attempts recorded before, with the park of the importer's account (null for a system
-- administrator, as the audit page showed them). The JSON holds only table names, a hex digest, a status word and
-- counts, none of which needs escaping.
INSERT INTO audit_event (occurred_at, username, action, entity, entity_key, park_code, before_json, after_json)
SELECT i.finished_at, i.username, 'IMPORT', 'import', SUBSTRING(i.file_name, 1, 120), u.park_code, NULL,
       '{"tables":"' || i.table_name || '","sha256":"' || i.file_sha256 || '","status":"' || i.status
           || '","rows":' || CAST(i.row_count AS VARCHAR(12)) || ',"inserted":' || CAST(i.inserted_count AS VARCHAR(12))
           || ',"updated":' || CAST(i.updated_count AS VARCHAR(12))
           || ',"unchanged":' || CAST(i.unchanged_count AS VARCHAR(12))
           || ',"errors":' || CAST(i.error_count AS VARCHAR(12)) || '}'
FROM import_record i LEFT JOIN app_user u ON u.username = i.username;
