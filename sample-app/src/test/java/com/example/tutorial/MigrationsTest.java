package com.example.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations carry a database of an earlier version forward, its rows included. */
class MigrationsTest {
  @Test
  void usersStoredAtVersion1StartAtVersion0AfterVersion2() throws SQLException {
    try (Database db = Database.connect("jdbc:h2:mem:migrations_v1")) {
      Flyway.configure().dataSource(db.dataSource()).target("1").load().migrate();
      PostgresTestSchema.execute(db,
          "INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com')");

      Migrations.Result result = Migrations.apply(db);

      assertThat(result).isEqualTo(new Migrations.Result("2", 1));
      User ada = new UserRepository(db).findByEmail("ada@example.com").orElseThrow();
      assertThat(ada.getVersion()).isZero();
      Post post = new PostRepository(db).insert(Post.draft(ada.getId(), "Hello", "First post"));
      assertThat(post.likes()).isZero();
    }
  }
}
