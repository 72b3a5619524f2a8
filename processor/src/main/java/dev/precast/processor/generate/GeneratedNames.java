package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.TypeRef;
import java.util.Locale;
import java.util.Set;

/** The names of generated classes and of the parameters in their methods. */
final class GeneratedNames {
  /** The value of every {@code @Generated}. */
  static final String GENERATOR = "dev.precast.processor.PrecastProcessor";

  /**
   * Names that generated method bodies declare or use unqualified next to a parameter named
   * after the entity or a property: the repository's {@code db} field, its {@code parameters}
   * lambdas and {@code stored} local, the validator's {@code violations} list.
   */
  private static final Set<String> BODY_NAMES =
      Set.of("db", "parameters", "row", "rows", "stored", "tx", "valid", "violations");

  private GeneratedNames() {}

  static ClassName entity(EntityModel entity) {
    return className(entity.type());
  }

  static ClassName className(TypeRef type) {
    return ClassName.get(type.packageName(), type.simpleNames().get(0),
        type.simpleNames().subList(1, type.simpleNames().size()).toArray(String[]::new));
  }

  /** {@code User_}, the metamodel. */
  static ClassName metamodel(EntityModel entity) {
    return ClassName.get(entity.packageName(), entity.simpleName() + "_");
  }

  /** {@code UserRepository}. */
  static ClassName repository(EntityModel entity) {
    return ClassName.get(entity.packageName(), entity.simpleName() + "Repository");
  }

  /** {@code UserValidator}. */
  static ClassName validator(EntityModel entity) {
    return ClassName.get(entity.packageName(), entity.simpleName() + "Validator");
  }

  /** {@code user}, the name of a parameter holding an entity; {@code dbEntity} for {@code Db}. */
  static String parameter(EntityModel entity) {
    String simpleName = entity.simpleName();
    String name = simpleName.substring(0, 1).toLowerCase(Locale.ROOT) + simpleName.substring(1);
    return javax.lang.model.SourceVersion.isKeyword(name) || BODY_NAMES.contains(name)
        ? name + "Entity" : name;
  }

  /** {@code email}, a parameter holding a property's value; {@code dbValue} for {@code db}. */
  static String value(String propertyName) {
    return BODY_NAMES.contains(propertyName) ? propertyName + "Value" : propertyName;
  }
}
