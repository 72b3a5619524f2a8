package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Dialect;
import java.sql.BatchUpdateException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FailedBatchRowTest {
  private static BatchUpdateException postgres(String message, int rows) {
    int[] counts = new int[rows];
    Arrays.fill(counts, Statement.EXECUTE_FAILED);
    return new BatchUpdateException(message, "23505", counts);
  }

  @Test
  void postgresqlsBatchEntryNamesTheRow() {
    assertThat(Errors.failedBatchRow(Dialect.POSTGRESQL,
        postgres("Batch entry 500 INSERT INTO person ... was aborted", 1000), 1000))
        .isEqualTo(500);
  }

  @Test
  void anEntryPastAThousandIsReadWithItsGroupingSeparator() {
    // pgjdbc formats the entry with MessageFormat: "1,200" in English, "1.200" or "1 200" in
    // other locales; reading only "1" named the wrong row of every batch over 1,000 rows.
    for (String entry : new String[] {"1,200", "1.200", "1\u00A0200", "1\u202F200", "1200"}) {
      assertThat(Errors.failedBatchRow(Dialect.POSTGRESQL,
          postgres("Batch entry " + entry + " INSERT INTO person ... was aborted", 1500), 1500))
          .as(entry).isEqualTo(1200);
    }
    assertThat(Errors.failedBatchRow(Dialect.POSTGRESQL,
        postgres("Batch entry 12,345 INSERT INTO t VALUES (1, 2)", 20000), 20000))
        .isEqualTo(12345);
  }
}
