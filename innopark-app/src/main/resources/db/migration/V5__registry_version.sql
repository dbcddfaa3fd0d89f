-- The registry's data version: bumped in the transaction of every change to the registry, read by the console's
-- caches (a cached figure is reused only while the version it was computed at is current). One row.
CREATE TABLE registry_version (
    id        INTEGER PRIMARY KEY,
    version   BIGINT  NOT NULL
);
INSERT INTO registry_version (id, version) VALUES (1, 0);
