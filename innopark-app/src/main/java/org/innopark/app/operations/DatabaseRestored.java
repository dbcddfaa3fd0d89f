package org.innopark.app.operations;

/**
 * Published after {@code db restore} replaced the database's rows: whatever a feature keeps beside the database (an
 * index on disk, a cache) no longer matches it.
 *
 * @param backup the backup file's name
 */
public record DatabaseRestored(String backup) {}
