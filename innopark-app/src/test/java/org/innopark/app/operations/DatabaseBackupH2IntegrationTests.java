package org.innopark.app.operations;

import org.innopark.app.support.H2IntegrationTest;

/** Backup and restore on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class DatabaseBackupH2IntegrationTests extends DatabaseBackupContract {}
