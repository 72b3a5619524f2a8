package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.PrecastException;
import dev.precast.SchemaProblem;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.Profile;
import dev.precast.it.entities.ProfileRepository;
import dev.precast.it.entities.Profile_;
import dev.precast.it.entities.json.Address;
import dev.precast.it.entities.json.Badge;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL-native types on both databases: declared SQL types in the DDL and the schema
 * check, {@code @Json} documents (JSONB on PostgreSQL, JSON on H2) and {@code text[]}/{@code
 * bigint[]} arrays, through insert, findById, the generated finder and the DSL.
 */
class NativeTypesTest extends DatabaseTest {
  private static final String HOSTILE = "it's \"quoted\", {braced} [1] \\ back, ü 🎉 – NULL";
  private static final Address HOME = new Address("1 Rue d'Été", "Zürich \"old town\"", "8001");

  private static Profile ada() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("theme", "dark");
    settings.put("quote", HOSTILE);
    settings.put("limits", Map.of("daily", 5));
    return new Profile(null, "ada", "Analytical", 42L, HOME,
        List.of(new Badge("first", 1, List.of(HOSTILE)), new Badge("second", 2, List.of())),
        settings, "{\"raw\": [true, null, 1.5, \"x\"]}", List.of("teams", "berlin", HOSTILE),
        List.of(1L, -2L, Long.MAX_VALUE), new String[] {"a,b", HOSTILE, ""},
        new long[] {Long.MIN_VALUE, 0});
  }

  private static Profile bare(String handle) {
    return new Profile(null, handle, null, null, null, null, null, null, null, null, null, null);
  }

  @OnEveryDatabase
  void declaredTypesAreWrittenIntoTheDdlAndPassTheSchemaCheck(TestDatabase database) {
    Database db = fresh(database);

    String ddl = Profile_.TABLE.createStatements(db.dialect()).get(0);
    boolean postgres = db.dialect() == Dialect.POSTGRESQL;
    assertThat(ddl).contains(postgres ? "motto TEXT," : "motto VARCHAR(80),")
        .contains("karma INT8,")
        .contains(postgres ? "address JSONB," : "address JSON,")
        .contains(postgres ? "path TEXT[]," : "path CHARACTER VARYING ARRAY,")
        .contains(postgres ? "counters BIGINT[]," : "counters BIGINT ARRAY,");
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  @OnEveryDatabase
  void everyValueRoundTrips(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));

    Profile stored = profiles.insert(ada());
    Profile read = profiles.findById(stored.id()).orElseThrow();

    assertThat(read.motto()).isEqualTo("Analytical");
    assertThat(read.karma()).isEqualTo(42L);
    assertThat(read.address()).isEqualTo(HOME);
    assertThat(read.badges()).isEqualTo(ada().badges());
    assertThat(read.settings()).isEqualTo(Map.of("theme", "dark", "quote", HOSTILE,
        "limits", Map.of("daily", 5)));
    assertThat(read.raw()).isEqualToIgnoringWhitespace("{\"raw\": [true, null, 1.5, \"x\"]}");
    assertThat(read.path()).containsExactly("teams", "berlin", HOSTILE);
    assertThat(read.scores()).containsExactly(1L, -2L, Long.MAX_VALUE);
    assertThat(read.aliases()).containsExactly("a,b", HOSTILE, "");
    assertThat(read.counters()).containsExactly(Long.MIN_VALUE, 0);
  }

  @OnEveryDatabase
  void nullsAndEmptyArraysRoundTrip(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));

    Profile empty = profiles.insert(new Profile(null, "empty", null, null, null, List.of(),
        Map.of(), "null", List.of(), List.of(), new String[0], new long[0]));
    Profile nothing = profiles.insert(bare("nothing"));

    Profile readEmpty = profiles.findById(empty.id()).orElseThrow();
    assertThat(readEmpty.badges()).isEmpty();
    assertThat(readEmpty.settings()).isEmpty();
    assertThat(readEmpty.raw()).isEqualTo("null");
    assertThat(readEmpty.path()).isEmpty();
    assertThat(readEmpty.scores()).isEmpty();
    assertThat(readEmpty.aliases()).isEmpty();
    assertThat(readEmpty.counters()).isEmpty();
    Profile readNothing = profiles.findById(nothing.id()).orElseThrow();
    assertThat(readNothing).extracting(Profile::address, Profile::badges, Profile::settings,
        Profile::raw, Profile::path, Profile::scores, Profile::aliases, Profile::counters)
        .containsOnlyNulls();
    List<String> withNull = java.util.Arrays.asList("x", null);
    Profile nullElement = profiles.insert(new Profile(null, "holes", null, null, null, null,
        null, null, withNull, java.util.Arrays.asList(null, 7L), new String[] {null}, null));
    Profile readHoles = profiles.findById(nullElement.id()).orElseThrow();
    assertThat(readHoles.path()).containsExactly("x", null);
    assertThat(readHoles.scores()).containsExactly(null, 7L);
    assertThat(readHoles.aliases()).containsExactly((String) null);
  }

  @OnEveryDatabase
  void jsonIsStoredAsADocumentNotAsAString(TestDatabase database) {
    Database db = fresh(database);
    new ProfileRepository(db).insert(ada());

    String text = db.withConnection(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT CAST(address AS VARCHAR(1000)),"
              + " CAST(raw AS VARCHAR(1000)) FROM profile")) {
        row.next();
        return row.getString(1) + "|" + row.getString(2);
      }
    });

    assertThat(text).startsWith("{").contains("|{");
    if (db.dialect() == Dialect.POSTGRESQL) {
      String city = db.withConnection(connection -> {
        try (Statement statement = connection.createStatement();
            ResultSet row = statement.executeQuery("SELECT address->>'city',"
                + " jsonb_typeof(badges), settings->'limits'->>'daily' FROM profile")) {
          row.next();
          return row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3);
        }
      });
      assertThat(city).isEqualTo(HOME.city() + "|array|5");
    }
  }

  @OnEveryDatabase
  void theFinderAndTheDslFindArraysByEquality(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));
    Profile ada = profiles.insert(ada());
    profiles.insert(new Profile(null, "bob", null, null, null, null, null, null, List.of(),
        List.of(), null, null));

    assertThat(profiles.findByPath(List.of("teams", "berlin", HOSTILE))).get()
        .extracting(Profile::id).isEqualTo(ada.id());
    assertThat(profiles.findByPath(List.of("teams", "berlin"))).isEmpty();
    assertThat(profiles.query().where(Profile_.SCORES.eq(List.of(1L, -2L, Long.MAX_VALUE)))
        .one().handle()).isEqualTo("ada");
    assertThat(profiles.query().where(Profile_.SCORES.eq(List.of())).one().handle())
        .isEqualTo("bob");
    assertThat(profiles.query().where(Profile_.ALIASES.eq(new String[] {"a,b", HOSTILE, ""}))
        .count()).isEqualTo(1);
    assertThat(profiles.query().where(Profile_.COUNTERS.isNull()).count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void theDslFindsJsonByEquality(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));
    profiles.insert(ada());
    profiles.insert(bare("bob"));

    assertThat(profiles.query().where(Profile_.ADDRESS.eq(HOME)).one().handle())
        .isEqualTo("ada");
    assertThat(profiles.query().where(Profile_.BADGES.eq(ada().badges())).count())
        .isEqualTo(1);
    assertThat(profiles.query().where(Profile_.ADDRESS.eq(null)).one().handle())
        .isEqualTo("bob");
    assertThat(profiles.query().where(Profile_.HANDLE.eq("bob")).update()
        .set(Profile_.ADDRESS, new Address("2 Main St", "Oslo", "0150")).execute())
        .isEqualTo(1);
    assertThat(profiles.findByHandle("bob").orElseThrow().address().city()).isEqualTo("Oslo");
  }

  @OnEveryDatabase
  void updateWritesEveryNativeType(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));
    Profile bob = profiles.insert(bare("bob"));

    profiles.update(new Profile(bob.id(), "bob", "Hi", 7L, HOME, List.of(), Map.of("a", 1),
        "[]", List.of("x"), List.of(3L), new String[] {"y"}, new long[] {4}));

    Profile read = profiles.findById(bob.id()).orElseThrow();
    assertThat(read.address()).isEqualTo(HOME);
    assertThat(read.settings()).isEqualTo(Map.of("a", 1));
    assertThat(read.path()).containsExactly("x");
    assertThat(read.counters()).containsExactly(4);
  }

  @OnEveryDatabase
  void theSchemaCheckComparesADeclaredTypeItKnows(TestDatabase database) {
    Database db = fresh(database);
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE profile ALTER COLUMN motto SET DATA TYPE VARCHAR(20)");
      }
      return null;
    });

    List<SchemaProblem> problems = db.validateSchema(PrecastSchema.INSTANCE).problems();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo("motto");
      assertThat(problem.isError()).isTrue();
      assertThat(problem.kind()).isEqualTo(db.dialect() == Dialect.POSTGRESQL
          ? SchemaProblem.Kind.TYPE_MISMATCH : SchemaProblem.Kind.LENGTH_MISMATCH);
      assertThat(problem.fixSql()).endsWith(db.dialect() == Dialect.POSTGRESQL
          ? "SET DATA TYPE TEXT" : "SET DATA TYPE VARCHAR(80)");
    });
  }

  @OnEveryDatabase
  void anArrayOfAnotherElementTypeIsATypeMismatchOnPostgresql(TestDatabase database) {
    assumeTrue(database == TestDatabase.POSTGRESQL, "H2's catalog reports ARRAY alone");
    Database db = fresh(database);
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE profile ALTER COLUMN scores SET DATA TYPE INTEGER[]");
      }
      return null;
    });

    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).singleElement()
        .satisfies(problem -> {
          assertThat(problem.kind()).isEqualTo(SchemaProblem.Kind.TYPE_MISMATCH);
          assertThat(problem.description()).contains("column scores is int4[]")
              .contains("BIGINT[]");
        });
  }

  @OnEveryDatabase
  void aNullInAnArrayOfPrimitivesIsAnErrorWhenRead(TestDatabase database) {
    Database db = fresh(database);
    ProfileRepository profiles = new ProfileRepository(db);
    Profile bob = profiles.insert(bare("bob"));
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("UPDATE profile SET counters = ARRAY[1, NULL]");
      }
      return null;
    });

    assertThatThrownBy(() -> profiles.findById(bob.id()))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("NULL at position 2, which a long[] cannot hold");
  }

  @OnEveryDatabase
  void aNulInJsonTextIsRefusedWhenBound(TestDatabase database) {
    ProfileRepository profiles = new ProfileRepository(fresh(database));

    assertThatThrownBy(() -> profiles.insert(new Profile(null, "nul", null, null, null, null,
        null, "\"a\u0000b\"", null, null, null, null)))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("NUL character");
  }
}
