package dev.precast;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The databases Precast speaks. A {@link Database} detects its dialect from the first
 * connection; generated code holds one DDL script per dialect.
 */
public enum Dialect {
  /** H2 2.x, embedded or server. */
  H2("H2"),
  /** PostgreSQL 12 and later. */
  POSTGRESQL("PostgreSQL");

  private final String productName;

  Dialect(String productName) {
    this.productName = productName;
  }

  /** The dialect of a connection, from {@link DatabaseMetaData#getDatabaseProductName()}. */
  public static Dialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    for (Dialect dialect : values()) {
      if (dialect.productName.equalsIgnoreCase(product)) {
        return dialect;
      }
    }
    throw new PrecastException("unsupported database \"" + product
        + "\": Precast supports H2 and PostgreSQL");
  }
}
