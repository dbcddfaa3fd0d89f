package org.innopark.app.operations;

import org.innopark.app.support.PostgresIntegrationTest;

/** Backup and restore on a real PostgreSQL 15. */
@PostgresIntegrationTest
class DatabaseBackupPostgresIntegrationTests extends DatabaseBackupContract {}
