package dev.precast.bench.contenders;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.precast.bench.Contender;
import dev.precast.bench.model.Post;
import dev.precast.bench.model.User;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 with typed fields declared by hand (what its code generator would write), typed
 * records mapped by lambda rather than by reflection, execute logging off, and one multi-row
 * {@code INSERT ... RETURNING} for many rows, as its manual shows.
 */
public final class JooqContender implements Contender {
  private static final Table<Record> USERS = table(name("users"));
  private static final Field<Long> U_ID = field(name("id"), SQLDataType.BIGINT);
  private static final Field<String> U_NAME = field(name("name"), SQLDataType.VARCHAR(255));
  private static final Field<String> U_EMAIL = field(name("email"), SQLDataType.VARCHAR(255));
  private static final Table<Record> POST = table(name("post"));
  private static final Field<Long> P_ID = field(name("id"), SQLDataType.BIGINT);
  private static final Field<Long> P_AUTHOR = field(name("author_id"), SQLDataType.BIGINT);
  private static final Field<String> P_TITLE = field(name("title"), SQLDataType.VARCHAR(200));
  private static final Field<String> P_BODY = field(name("body"), SQLDataType.VARCHAR(2000));
  private static final Field<Long> P_VERSION = field(name("version"), SQLDataType.BIGINT);
  private static final RecordMapper<Record3<Long, String, String>, User> USER =
      r -> new User(r.value1(), r.value2(), r.value3());
  private static final RecordMapper<Record5<Long, Long, String, String, Long>, Post> POST_ROW =
      r -> new Post(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());

  private final DSLContext dsl;
  private Post held;

  public JooqContender(DataSource dataSource, String database) {
    Settings settings = new Settings()
        .withExecuteLogging(false)
        .withRenderSchema(false)
        .withRenderQuotedNames(RenderQuotedNames.NEVER);
    dsl = DSL.using(dataSource,
        database.equals("h2") ? SQLDialect.H2 : SQLDialect.POSTGRES, settings);
  }

  @Override
  public User findById(long id) {
    return dsl.select(U_ID, U_NAME, U_EMAIL).from(USERS).where(U_ID.eq(id)).fetchOne(USER);
  }

  @Override
  public User findByEmail(String email) {
    return dsl.select(U_ID, U_NAME, U_EMAIL).from(USERS).where(U_EMAIL.eq(email))
        .fetchOne(USER);
  }

  @Override
  public User findByName(String name) {
    return dsl.select(U_ID, U_NAME, U_EMAIL).from(USERS).where(U_NAME.eq(name)).fetchOne(USER);
  }

  @Override
  public List<Post> postsByAuthor(long authorId, int limit) {
    return dsl.select(P_ID, P_AUTHOR, P_TITLE, P_BODY, P_VERSION).from(POST)
        .where(P_AUTHOR.eq(authorId)).orderBy(P_ID).limit(limit).fetch(POST_ROW);
  }

  @Override
  public List<Post> tenPostsByAuthorQuery(long authorId) {
    return postsByAuthor(authorId, 10);
  }

  @Override
  public long insert(NewUser user) {
    return dsl.insertInto(USERS, U_NAME, U_EMAIL).values(user.name(), user.email())
        .returningResult(U_ID).fetchOne().value1();
  }

  @Override
  public List<User> insertAll(List<NewUser> users) {
    List<User> rows = new ArrayList<>(users.size());
    InsertValuesStep2<Record, String, String> insert = dsl.insertInto(USERS, U_NAME, U_EMAIL);
    for (NewUser user : users) {
      User row = new User(user.name(), user.email());
      insert = insert.values(row.getName(), row.getEmail());
      rows.add(row);
    }
    List<Long> ids = insert.returningResult(U_ID).fetch(U_ID);
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).setId(ids.get(i));
    }
    return rows;
  }

  @Override
  public String holdPost(long id) {
    held = dsl.select(P_ID, P_AUTHOR, P_TITLE, P_BODY, P_VERSION).from(POST).where(P_ID.eq(id))
        .fetchOne(POST_ROW);
    return held.getTitle();
  }

  @Override
  public void updateHeldPost(String title) {
    held.setTitle(title);
    int updated = dsl.update(POST)
        .set(P_AUTHOR, held.getAuthorId())
        .set(P_TITLE, held.getTitle())
        .set(P_BODY, held.getBody())
        .set(P_VERSION, held.getVersion() + 1)
        .where(P_ID.eq(held.getId()).and(P_VERSION.eq(held.getVersion())))
        .execute();
    if (updated != 1) {
      throw new IllegalStateException("post " + held.getId() + " was changed by someone else");
    }
    held.setVersion(held.getVersion() + 1);
  }

  @Override
  public void close() {}
}
