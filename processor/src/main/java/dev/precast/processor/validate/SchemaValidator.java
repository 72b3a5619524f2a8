package dev.precast.processor.validate;

import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.diag.Problem;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IndexModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Checks what no single entity can: the entities of a compilation together. */
public final class SchemaValidator {
  /**
   * The annotations that mean something only inside an entity, {@code @Unique}'s container
   * (two {@code @Unique} on one type) included.
   */
  public static final List<String> MAPPING_ANNOTATIONS = List.of(Annotations.ID,
      Annotations.COLUMN, Annotations.UNIQUE, Annotations.UNIQUE_LIST, Annotations.TRANSIENT,
      Annotations.REFERENCES, Annotations.INDEX, Annotations.INDEX_LIST, Annotations.CHECK,
      Annotations.CHECK_LIST, Annotations.VERSION, Annotations.CREATED_AT, Annotations.UPDATED_AT,
      Annotations.SOFT_DELETE, Annotations.EMBEDDED);

  /**
   * Problems of {@code entities} taken together: two entities mapping one table, or two
   * (nested) entities of one simple name in one package, whose generated classes would clash.
   */
  public List<Problem> validate(List<EntityModel> entities) {
    List<Problem> problems = new ArrayList<>();
    Map<String, EntityModel> tables = new HashMap<>();
    Map<String, EntityModel> generatedNames = new HashMap<>();
    for (EntityModel entity : entities) {
      EntityModel previous =
          tables.putIfAbsent(entity.tableName().toLowerCase(Locale.ROOT), entity);
      if (previous != null) {
        problems.add(Problem.on(entity.element(), entity.table(),
            Annotations.explicitValue(entity.table(), "name"), Diagnostic.DUPLICATE_TABLE,
            entity.tableName(), previous.qualifiedName(), entity.qualifiedName()));
      }
      String simpleName = entity.simpleName();
      EntityModel sameName =
          generatedNames.putIfAbsent(entity.packageName() + "." + simpleName, entity);
      if (sameName != null) {
        problems.add(Problem.on(entity.element(), entity.table(), Diagnostic.DUPLICATE_SIMPLE_NAME,
            sameName.qualifiedName(), entity.qualifiedName(), simpleName, simpleName, simpleName,
            entity.packageName().isEmpty() ? "the default package" : entity.packageName()));
      }
    }
    problems.addAll(duplicateConstraintNames(entities));
    return problems;
  }

  /**
   * A generated name, where it is declared, what it names (for the message), its table, and
   * whether it is the index Precast adds for a foreign key.
   */
  private record NamedObject(
      String name, Element element, String description, String table, boolean foreignKeyIndex) {
    NamedObject(String name, Element element, String description, String table) {
      this(name, element, description, table, false);
    }
  }

  /**
   * Constraint and index names share one namespace per schema (on H2 all of them, on
   * PostgreSQL those backed by an index), so two of one name would fail in createAll, or, for
   * an index, be skipped by its IF NOT EXISTS.
   */
  private static List<Problem> duplicateConstraintNames(List<EntityModel> entities) {
    List<Problem> problems = new ArrayList<>();
    Map<String, NamedObject> seen = new HashMap<>();
    Set<String> tables = new HashSet<>();
    for (EntityModel entity : entities) {
      if (!tables.add(entity.tableName().toLowerCase(Locale.ROOT))) {
        continue; // two entities on one table are reported as such
      }
      for (NamedObject named : namedObjects(entity)) {
        NamedObject previous = seen.putIfAbsent(named.name(), named);
        // The same unique or index twice on one table is reported by the entity's validator;
        // an index of a table named like that table's foreign-key index costs only the finder
        // its index, a warning. Elsewhere, whichever table comes second loses its index.
        boolean sameTable = previous != null && previous.table().equalsIgnoreCase(named.table());
        if (previous != null && !previous.description().equals(named.description())
            && !(sameTable && (previous.foreignKeyIndex() || named.foreignKeyIndex()))) {
          problems.add(Problem.on(named.element(), Diagnostic.DUPLICATE_CONSTRAINT_NAME,
              named.name(), previous.description(), named.description()));
        }
      }
    }
    return problems;
  }

  private static List<NamedObject> namedObjects(EntityModel entity) {
    String table = entity.tableName();
    List<NamedObject> named = new ArrayList<>();
    named.add(new NamedObject(Names.primaryKey(table), entity.element(),
        "the primary key of " + table, table));
    for (UniqueModel unique : entity.uniques()) {
      named.add(new NamedObject(Names.unique(table, columns(entity, unique.columns())),
          unique.element(), "a unique constraint of " + table, table));
    }
    for (IndexModel index : entity.indexes()) {
      named.add(new NamedObject(entity.indexName(index).toLowerCase(Locale.ROOT),
          index.element(), "an index of " + table, table));
    }
    boolean foreignKeysIndexed =
        Stream.of(SqlDialect.values()).allMatch(SqlDialect::indexesForeignKeys);
    for (ReferenceModel reference : entity.references()) {
      String column = entity.properties().stream()
          .filter(p -> p.name().equals(reference.property()))
          .map(PropertyModel::columnName)
          .findFirst()
          .orElse(reference.property());
      named.add(new NamedObject(Names.foreignKey(table, column), reference.field(),
          "a foreign key of " + table, table));
      if (!foreignKeysIndexed && !entity.hasIndexLeadingWith(column)) {
        named.add(new NamedObject(Names.index(table, List.of(column)), reference.field(),
            "the index of foreign key " + column + " of " + table, table, true));
      }
    }
    return named;
  }

  /** The declared spelling of each column name, as constraint names use it. */
  private static List<String> columns(EntityModel entity, List<String> written) {
    return written.stream()
        .map(c -> entity.propertyByColumn(c).map(PropertyModel::columnName).orElse(c))
        .toList();
  }

  /**
   * Problems of the references of {@code entities}: a target that is no entity, a field whose
   * type is not the target's id type, SET_NULL on a field that cannot be null.
   *
   * @param targets the entities that can be referenced, by qualified name
   */
  public List<Problem> validateReferences(
      List<EntityModel> entities, Map<String, EntityModel> targets) {
    List<Problem> problems = new ArrayList<>();
    for (EntityModel entity : entities) {
      for (ReferenceModel reference : entity.references()) {
        String targetName = reference.target() == null ? "?"
            : reference.target().getSimpleName().toString();
        EntityModel target = targets.get(reference.targetName());
        PropertyModel property = entity.properties().stream()
            .filter(p -> p.name().equals(reference.property())).findFirst().orElseThrow();
        if (target == null) {
          problems.add(Problem.on(reference.field(), reference.annotation(),
              Annotations.explicitValue(reference.annotation(), "value"),
              Diagnostic.REFERENCE_NOT_ENTITY, targetName, reference.property(), targetName));
          continue;
        }
        List<PropertyModel> ids = target.properties().stream().filter(PropertyModel::isId).toList();
        if (ids.size() != 1) {
          problems.add(Problem.on(reference.field(), reference.annotation(),
              Diagnostic.REFERENCE_TARGET_WITHOUT_ID, targetName, reference.property(), targetName));
          continue;
        }
        PropertyModel id = ids.get(0);
        if (!property.boxedTypeName().equals(id.boxedTypeName())) {
          String expected = EntityValidator.simpleTypeName(id.boxedTypeName());
          problems.add(Problem.on(reference.field(), reference.annotation(),
              Diagnostic.REFERENCE_TYPE_MISMATCH, targetName, reference.property(),
              EntityValidator.simpleTypeName(property.typeName()), targetName, id.name(),
              EntityValidator.simpleTypeName(id.typeName()), expected));
        }
        if (reference.onDelete().equals("SET_NULL") && property.notNull()) {
          String why = property.primitive()
              ? "it is a primitive " + property.typeName() : "it is declared NOT NULL";
          problems.add(Problem.on(reference.field(), reference.annotation(),
              Annotations.explicitValue(reference.annotation(), "onDelete"),
              Diagnostic.SET_NULL_ON_NOT_NULL, reference.property(), why));
        }
      }
    }
    return problems;
  }

  /**
   * Problems of mapping annotations on members of classes without {@code @Table}, where they
   * would be silently ignored.
   *
   * @param annotated the elements carrying each of Precast's field annotations
   */
  public List<Problem> validatePlacement(Map<String, Set<? extends Element>> annotated) {
    List<Problem> problems = new ArrayList<>();
    // The types of @Embedded fields map through their entities: @Column is theirs to carry,
    // and what their components may not carry the entity's validation reports.
    Set<Element> embeddable = new java.util.HashSet<>();
    for (Element field : annotated.getOrDefault(Annotations.EMBEDDED, Set.of())) {
      if (field.asType() instanceof javax.lang.model.type.DeclaredType declared) {
        embeddable.add(declared.asElement());
      }
    }
    for (String annotation : MAPPING_ANNOTATIONS) {
      for (Element element : annotated.getOrDefault(annotation, Set.of())) {
        if (element.getKind() == ElementKind.RECORD_COMPONENT) {
          // Its field carries the same annotation, and unlike the component has a position.
          continue;
        }
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (!(owner instanceof TypeElement type)
            || Annotations.find(type, Annotations.TABLE).isPresent()
            || embeddable.contains(type)) {
          continue;
        }
        Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
        String where = owner == element ? "class " + type.getSimpleName()
            : type.getSimpleName() + "." + element.getSimpleName();
        problems.add(Problem.on(element, mirror.orElse(null), Diagnostic.OUTSIDE_ENTITY,
            annotation.equals(Annotations.UNIQUE_LIST) ? "Unique"
                : annotation.substring(annotation.lastIndexOf('.') + 1),
            where, type.getSimpleName()));
      }
    }
    return problems;
  }
}
