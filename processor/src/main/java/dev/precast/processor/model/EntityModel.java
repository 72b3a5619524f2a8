package dev.precast.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * An entity class as read from its declaration: its table, its mapped properties and its
 * constraints. Checked by the validator before any code is generated from it.
 *
 * @param element the class, where diagnostics are reported
 * @param table the {@code @Table} annotation
 * @param type the class by name; generated classes go in its package
 * @param tableName the SQL table name, declared or derived
 * @param style how instances are built
 * @param hasNoArgConstructor whether a non-private no-argument constructor exists
 * @param properties the mapped properties, in declaration order
 * @param transientNames the Java names of fields excluded from mapping
 * @param unmappedFields static and {@code transient} fields, which are never columns
 * @param uniques the unique constraints, of fields first, then of the type
 * @param references the foreign keys, in field order
 * @param indexes the indexes, of fields first, then of the type
 * @param checks the hand-written checks, of fields first, then of the type
 * @param versionProperties the Java names of the {@code @Version} fields (one, once valid)
 * @param callbacks the lifecycle callbacks, those of superclasses first, in declaration order
 * @param createdAtProperty the Java name of the {@code @CreatedAt} field, or null
 * @param updatedAtProperty the Java name of the {@code @UpdatedAt} field, or null
 * @param softDeleteProperty the Java name of the {@code @SoftDelete} field, or null
 * @param embeddeds the {@code @Embedded} fields, in declaration order; their components are
 *     in {@code properties}, where the field would be
 */
public record EntityModel(
    TypeElement element,
    AnnotationMirror table,
    TypeRef type,
    String tableName,
    Style style,
    boolean hasNoArgConstructor,
    List<PropertyModel> properties,
    List<TransientField> transientNames,
    List<VariableElement> unmappedFields,
    List<UniqueModel> uniques,
    List<ReferenceModel> references,
    List<IndexModel> indexes,
    List<CheckModel> checks,
    List<String> versionProperties,
    List<CallbackModel> callbacks,
    String createdAtProperty,
    String updatedAtProperty,
    String softDeleteProperty,
    List<EmbeddedModel> embeddeds) {

  /** Copies the lists. */
  public EntityModel {
    properties = List.copyOf(properties);
    transientNames = List.copyOf(transientNames);
    unmappedFields = List.copyOf(unmappedFields);
    uniques = List.copyOf(uniques);
    references = List.copyOf(references);
    indexes = List.copyOf(indexes);
    checks = List.copyOf(checks);
    versionProperties = List.copyOf(versionProperties);
    callbacks = List.copyOf(callbacks);
    embeddeds = List.copyOf(embeddeds);
  }

  /** The components of {@code embedded}, in declaration order. */
  public List<PropertyModel> components(EmbeddedModel embedded) {
    return properties.stream().filter(p -> p.embedded() == embedded).toList();
  }

  /**
   * The entity's own fields in declaration order, as its constructor or setters take them:
   * each property of the entity itself, and each embedded value (once, in place of its
   * components).
   */
  public List<Member> members() {
    List<Member> members = new java.util.ArrayList<>();
    for (PropertyModel property : properties) {
      if (property.embedded() == null) {
        members.add(new Member(property, null));
      } else if (members.stream().noneMatch(m -> m.embedded() == property.embedded())) {
        members.add(new Member(null, property.embedded()));
      }
    }
    return members;
  }

  /**
   * One field of the entity: a property, or an embedded value; the other is null.
   *
   * @param property the property, or null
   * @param embedded the embedded value, or null
   */
  public record Member(PropertyModel property, EmbeddedModel embedded) {}

  /** The {@code @CreatedAt} property. */
  public Optional<PropertyModel> createdAt() {
    return property(createdAtProperty);
  }

  /** The {@code @UpdatedAt} property. */
  public Optional<PropertyModel> updatedAt() {
    return property(updatedAtProperty);
  }

  /** The {@code @SoftDelete} property. */
  public Optional<PropertyModel> softDelete() {
    return property(softDeleteProperty);
  }

  private Optional<PropertyModel> property(String name) {
    return name == null ? Optional.empty()
        : properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The callbacks of one kind, in the order they are called. */
  public List<CallbackModel> callbacks(CallbackModel.Kind kind) {
    return callbacks.stream().filter(callback -> callback.kind() == kind).toList();
  }

  /**
   * A field marked {@code @Transient}, left out of the mapping.
   *
   * @param field the field
   * @param name the Java name
   * @param columnName the column name it would have had
   */
  public record TransientField(VariableElement field, String name, String columnName) {}

  /** The package, where the generated classes go. */
  public String packageName() {
    return type.packageName();
  }

  /** The class's simple name, e.g. {@code User}. */
  public String simpleName() {
    return type.simpleName();
  }

  /** The canonical class name. */
  public String qualifiedName() {
    return type.canonicalName();
  }

  /** The primary key; present once the model passed validation. */
  public Optional<PropertyModel> id() {
    return properties.stream().filter(PropertyModel::isId).findFirst();
  }

  /** The optimistic-lock counter, if the entity has one. */
  public Optional<PropertyModel> version() {
    return properties.stream().filter(this::isVersion).findFirst();
  }

  /** Whether {@code property} is the optimistic-lock counter. */
  public boolean isVersion(PropertyModel property) {
    return versionProperties.contains(property.name());
  }

  /** The reference held by {@code property}, if it is a foreign key. */
  public Optional<ReferenceModel> reference(PropertyModel property) {
    return references.stream().filter(r -> r.property().equals(property.name())).findFirst();
  }

  /**
   * Whether an index the table has anyway starts with column {@code columnName}: the primary
   * key's, a unique constraint's or a declared index's. Lookups by that column use it, so a
   * foreign key there needs no index of its own.
   */
  public boolean hasIndexLeadingWith(String columnName) {
    return id().filter(id -> id.columnName().equalsIgnoreCase(columnName)).isPresent()
        || uniques.stream().anyMatch(u -> leads(u.columns(), columnName))
        || indexes.stream().anyMatch(i -> leads(i.columns(), columnName));
  }

  /**
   * The name of an index: as declared, else {@code ix_<table>_<col>...} from its columns'
   * declared spelling (or as written, for a column the entity does not have).
   */
  public String indexName(IndexModel index) {
    if (!index.name().isEmpty()) {
      return index.name();
    }
    return Names.index(tableName, index.columns().stream()
        .map(column -> propertyByColumn(column).map(PropertyModel::columnName).orElse(column))
        .toList());
  }

  private static boolean leads(List<String> columns, String columnName) {
    return !columns.isEmpty() && columns.get(0).equalsIgnoreCase(columnName);
  }

  /** The property mapped to {@code columnName}, compared as SQL would (case-insensitive). */
  public Optional<PropertyModel> propertyByColumn(String columnName) {
    return properties.stream().filter(p -> p.columnName().equalsIgnoreCase(columnName)).findFirst();
  }
}
