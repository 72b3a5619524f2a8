package com.example.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TutorialAppTest {
  @Test
  void replaysTheTutorialOnEmbeddedH2() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_test");
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      TutorialApp.run(db, out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsSubsequence(
        "Created the tables: users",
        "Inserted John Doe <johndoe@example.com> with id 1",
        "Found by name:",
        "John Doe",
        "Rejected a duplicate e-mail: column email, constraint uq_users_email",
        "Rejected before any SQL, 2 problems:",
        "  name: must not be blank",
        "  email: must be a well-formed email address",
        "Users stored: 1");
  }
}
