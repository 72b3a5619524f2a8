package com.example.shop;

import dev.precast.CrudRepository;
import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.Query;
import dev.precast.internal.Jdbc;
import dev.precast.internal.ResultReader;
import dev.precast.internal.Results;
import dev.precast.internal.StatementBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link User} rows of table {@code users}. Every value is a bound
 * parameter; inserts and updates are validated first, by {@link UserValidator}.
 *
 * <pre>{@code
 * UserRepository repository = new UserRepository(db);
 * }</pre>
 */
@Generated("dev.precast.processor.PrecastProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class UserRepository implements CrudRepository<User, Long> {
  private static final String SELECT_BY_ID = "SELECT id, email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar FROM users WHERE id = ?";

  private static final String SELECT_BY_ID_FOR_UPDATE = "SELECT id, email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar FROM users WHERE id = ? FOR UPDATE";

  private static final String SELECT_BY_EMAIL = "SELECT id, email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar FROM users WHERE email = ?";

  private static final String SELECT_ALL = "SELECT id, email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar FROM users ORDER BY id";

  private static final String INSERT = "INSERT INTO users (email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String UPDATE = "UPDATE users SET email = ?, display_name = ?, age = ?, admin = ?, balance = ?, birth_date = ?, status = ?, country_code = ?, external_id = ?, created_at = ?, avatar = ? WHERE id = ?";

  private static final Map<Dialect, String> UPSERT_BY_EMAIL = Map.of(
      Dialect.H2, "MERGE INTO users AS t USING (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) AS s (email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar) ON t.email = s.email WHEN MATCHED THEN UPDATE SET display_name = s.display_name, age = s.age, admin = s.admin, balance = s.balance, birth_date = s.birth_date, status = s.status, country_code = s.country_code, external_id = s.external_id, created_at = s.created_at, avatar = s.avatar WHEN NOT MATCHED THEN INSERT (email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar) VALUES (s.email, s.display_name, s.age, s.admin, s.balance, s.birth_date, s.status, s.country_code, s.external_id, s.created_at, s.avatar)",
      Dialect.POSTGRESQL, "INSERT INTO users (email, display_name, age, admin, balance, birth_date, status, country_code, external_id, created_at, avatar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name, age = EXCLUDED.age, admin = EXCLUDED.admin, balance = EXCLUDED.balance, birth_date = EXCLUDED.birth_date, status = EXCLUDED.status, country_code = EXCLUDED.country_code, external_id = EXCLUDED.external_id, created_at = EXCLUDED.created_at, avatar = EXCLUDED.avatar");

  private static final String DELETE_BY_ID = "DELETE FROM users WHERE id = ?";

  private static final String COUNT = "SELECT COUNT(*) FROM users";

  private static final String EXISTS_BY_ID = "SELECT 1 FROM users WHERE id = ?";

  private static final UserValidator VALIDATOR = new UserValidator();

  private static final ResultReader<Optional<User>> ONE = Results.optional(User_::map);

  private static final ResultReader<List<User>> ALL = Results.list(User_::map);

  private final Database db;

  /**
   * A repository on {@code db}.
   */
  public UserRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Validates and inserts {@code user}, whose id must be unset; returns it with
   * the id the database generated.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   */
  public User insert(User user) {
    VALIDATOR.validateOrThrow(user);
    Jdbc.requireUnsetKey(User_.TABLE, user.getId() == null, user.getId(), -1);
    return Jdbc.insert(db, User_.TABLE, INSERT, user, User_::bindInsert, "id", User_::withGeneratedId);
  }

  /**
   * Validates every row, then inserts them all in one JDBC batch and one
   * transaction: a bad row stores nothing. Returns the rows, in order, with their ids.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   */
  public List<User> insertAll(Iterable<User> rows) {
    List<User> valid = new ArrayList<>();
    for (User row : rows) {
      VALIDATOR.validateOrThrow(row, valid.size());
      Jdbc.requireUnsetKey(User_.TABLE, row.getId() == null, row.getId(), valid.size());
      valid.add(row);
    }
    return Jdbc.batch(db, User_.TABLE, INSERT, valid, User_::bindInsert, "id", User_::withGeneratedId);
  }

  /**
   * Validates {@code user} and writes every column of its row; returns it.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   * @throws dev.precast.PrecastException when no row has its id
   */
  public User update(User user) {
    VALIDATOR.validateOrThrow(user);
    Jdbc.updateOne(db, User_.TABLE, UPDATE, parameters -> User_.bindUpdate(parameters, user), user.getId());
    return user;
  }

  /**
   * Validates {@code user} and stores it: inserts it when it has no id yet, else
   * updates the row with its id (the database generates ids, so no row is created
   * with a chosen one). Returns the row as stored.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   * @throws dev.precast.PrecastException when no row has its id
   */
  public User upsert(User user) {
    if (user.getId() == null) {
      return insert(user);
    }
    VALIDATOR.validateOrThrow(user);
    return db.inTransaction(tx -> {
          Jdbc.updateOne(db, User_.TABLE, UPDATE, parameters -> User_.bindUpdate(parameters, user), user.getId());
          return findById(user.getId()).orElseThrow();
        });
  }

  /**
   * Validates {@code user} and stores it: updates the row with its {@code email}
   * (keeping that row's id), or inserts it where there is none. Returns the row as
   * stored.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   */
  public User upsertByEmail(User user) {
    VALIDATOR.validateOrThrow(user);
    return db.inTransaction(tx -> {
          Jdbc.update(db, User_.TABLE, UPSERT_BY_EMAIL.get(db.dialect()), parameters -> User_.bindInsert(parameters, user));
          return findByEmail(user.getEmail()).orElseThrow();
        });
  }

  /**
   * Validates every row, then writes them all in one JDBC batch and one
   * transaction; returns them. Nothing is written unless every row exists.
   *
   * @throws dev.precast.ValidationException listing every rule it breaks, before any SQL
   * @throws dev.precast.IntegrityViolationException when the database rejects it
   * @throws dev.precast.PrecastException naming the first row that has no row in the table
   */
  public List<User> updateAll(Iterable<User> rows) {
    List<User> valid = new ArrayList<>();
    for (User row : rows) {
      VALIDATOR.validateOrThrow(row, valid.size());
      valid.add(row);
    }
    return Jdbc.updateAll(db, User_.TABLE, UPDATE, valid, User_::bindUpdate, row -> row.getId());
  }

  /**
   * Deletes the row of {@code user}; returns whether there was one.
   */
  public boolean delete(User user) {
    return deleteById(user.getId());
  }

  /**
   * Deletes the rows of {@code rows} in one JDBC batch and one transaction;
   * returns how many there were.
   */
  public int deleteAll(Iterable<User> rows) {
    List<Long> ids = new ArrayList<>();
    for (User row : rows) {
      ids.add(row.getId());
    }
    return Jdbc.deleteAllById(db, User_.TABLE, DELETE_BY_ID, ids, (parameters, id) -> parameters.setLongOrNull(1, id));
  }

  /**
   * Deletes the row with this id; returns whether there was one.
   */
  public boolean deleteById(Long id) {
    Objects.requireNonNull(id, "id");
    return Jdbc.update(db, User_.TABLE, DELETE_BY_ID, parameters -> parameters.setLongOrNull(1, id)) > 0;
  }

  /**
   * The row with this id, if there is one.
   */
  public Optional<User> findById(Long id) {
    Objects.requireNonNull(id, "id");
    return Jdbc.query(db, User_.TABLE, SELECT_BY_ID, parameters -> parameters.setLongOrNull(1, id), ONE);
  }

  /**
   * The row with this id, locked ({@code SELECT ... FOR UPDATE}) until the
   * current transaction ends, so that no one else changes it meanwhile.
   *
   * @throws dev.precast.PrecastException outside a transaction
   */
  public Optional<User> findByIdForUpdate(Long id) {
    Objects.requireNonNull(id, "id");
    return Jdbc.queryForUpdate(db, User_.TABLE, "findByIdForUpdate", SELECT_BY_ID_FOR_UPDATE, parameters -> parameters.setLongOrNull(1, id), ONE);
  }

  /**
   * The row whose {@code email} is {@code email} (unique), if there is one.
   */
  public Optional<User> findByEmail(String email) {
    return Jdbc.query(db, User_.TABLE, SELECT_BY_EMAIL, parameters -> parameters.setString(1, email), ONE);
  }

  /**
   * Every row, ordered by id.
   */
  public List<User> findAll() {
    return Jdbc.query(db, User_.TABLE, SELECT_ALL, StatementBinder.NONE, ALL);
  }

  /**
   * The number of rows.
   */
  public long count() {
    return Jdbc.query(db, User_.TABLE, COUNT, StatementBinder.NONE, Results.COUNT);
  }

  /**
   * Whether a row has this id.
   */
  public boolean existsById(Long id) {
    Objects.requireNonNull(id, "id");
    return Jdbc.query(db, User_.TABLE, EXISTS_BY_ID, parameters -> parameters.setLongOrNull(1, id), Results.EXISTS);
  }

  /**
   * A type-safe query on this table, e.g.
   * {@code query().where(User_.ID.eq(value)).list()}.
   */
  public Query<User> query() {
    return Query.from(db, User_.TABLE);
  }
}
