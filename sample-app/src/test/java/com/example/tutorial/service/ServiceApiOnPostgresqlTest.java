package com.example.tutorial.service;

import com.example.tutorial.PostgresTestSchema;
import dev.precast.Database;

/**
 * The service's API on PostgreSQL, in a schema of its own that Flyway migrates (the URL's
 * {@code currentSchema}), dropped afterwards. Skipped when no server answers, unless
 * {@code PRECAST_REQUIRE_POSTGRES=true}.
 */
class ServiceApiOnPostgresqlTest extends ServiceApiContract {
  private final PostgresTestSchema schema = PostgresTestSchema.named("sample_svc");

  @Override
  Database emptyDatabase() throws Exception {
    return schema.recreate();
  }

  @Override
  void afterService() throws Exception {
    schema.drop();
  }
}
