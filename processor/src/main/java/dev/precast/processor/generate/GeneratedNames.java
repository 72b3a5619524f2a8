package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.TypeRef;
import java.util.Locale;

/** The names of generated classes and of the parameters in their methods. */
final class GeneratedNames {
  /** The value of every {@code @Generated}. */
  static final String GENERATOR = "dev.precast.processor.PrecastProcessor";

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

  /** {@code user}, the name of a parameter holding an entity. */
  static String parameter(EntityModel entity) {
    String simpleName = entity.simpleName();
    String name = simpleName.substring(0, 1).toLowerCase(Locale.ROOT) + simpleName.substring(1);
    return javax.lang.model.SourceVersion.isKeyword(name) ? name + "Entity" : name;
  }
}
