package dev.precast.internal;

/**
 * What a database reported about an integrity or data error, in its own spelling; any part
 * may be null.
 *
 * @param constraint the constraint (for H2 the unique index's constraint part)
 * @param primaryKey whether the database reported its primary-key index, which H2 names
 *     without the constraint name
 * @param table the table
 * @param column the column, for NOT NULL and numeric-range errors; for a value too long,
 *     H2's column followed by its type
 */
record ErrorDetails(String constraint, boolean primaryKey, String table, String column) {}
