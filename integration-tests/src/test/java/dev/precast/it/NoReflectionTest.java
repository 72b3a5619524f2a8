package dev.precast.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.precast.Database;
import dev.precast.SchemaCheck;
import dev.precast.internal.Jdbc;
import dev.precast.it.archfixture.Plain;
import dev.precast.it.archfixture.Reflective;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.PersonValidator;
import dev.precast.it.entities.Person_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.Profile_;
import dev.precast.jackson.JacksonJson;
import dev.precast.micrometer.PrecastMetrics;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nothing is discovered at run time: neither Precast's runtime nor the code the processor
 * generated for this module's entities uses reflection, loads classes by name, uses method
 * handles or a {@link ServiceLoader}.
 *
 * <p>One class is exempt from the first two rules, and only from those: {@link SchemaCheck},
 * the command-line tool, loads the schema class it is given by name and reads its {@code
 * INSTANCE} (DESIGN.md: "a tool's entry point, never mapping"). Its nested classes are not
 * exempt.
 *
 * <p>precast-jackson's {@link JacksonJson} is checked like the runtime: its own code makes no
 * reflective call, although Jackson, the library it hands values to, reads and writes objects
 * reflectively (only Precast's packages are imported here, not Jackson's).
 *
 * <p>Lambdas, method references, string concatenation and records compile to {@code
 * invokedynamic} instructions whose bootstrap methods take a {@code MethodHandles.Lookup}; the
 * rules look at real calls and type dependencies, so those do not count (see {@link Plain}),
 * while every rule catches its violation in {@link Reflective}.
 */
class NoReflectionTest {
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.precast");

  /** Precast's runtime and what was generated for (and declared in) this module's entities. */
  private static final DescribedPredicate<JavaClass> RUNTIME_OR_GENERATED = DescribedPredicate
      .describe("are Precast's runtime or generated for this module's entities", type ->
          type.getPackageName().equals("dev.precast.it.entities")
              || (type.getPackageName().startsWith("dev.precast")
                  && !type.getPackageName().startsWith("dev.precast.it")));

  /** The same classes but the one entry point that may load a class by name. */
  private static final DescribedPredicate<JavaClass> RUNTIME_OR_GENERATED_BUT_THE_SCHEMA_CHECK =
      DescribedPredicate.describe("are Precast's runtime or generated for this module's entities,"
          + " except the command-line entry point " + SchemaCheck.class.getName(), type ->
          RUNTIME_OR_GENERATED.test(type) && !type.isEquivalentTo(SchemaCheck.class));

  private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of(
      "forName", "newInstance", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
      "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getConstructor",
      "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
      "getRecordComponents", "getEnumConstants");

  private static final DescribedPredicate<JavaMethodCall> LOADS_OR_INSPECTS_A_CLASS =
      DescribedPredicate.describe(
          "Class.forName, ClassLoader.loadClass or a reflective method of java.lang.Class",
          call -> (call.getTargetOwner().isEquivalentTo(Class.class)
                  && REFLECTIVE_CLASS_METHODS.contains(call.getName()))
              || (call.getTargetOwner().isAssignableTo(ClassLoader.class)
                  && call.getName().equals("loadClass")));

  @Test
  void theRulesSeeTheRuntimeAndTheGeneratedCode() {
    JavaClasses checked = CLASSES.that(RUNTIME_OR_GENERATED);

    for (Class<?> expected : List.of(Database.class, Jdbc.class, PrecastMetrics.class,
        Person.class, PersonRepository.class, Person_.class, PersonValidator.class,
        PrecastSchema.class, JacksonJson.class, Profile_.class)) {
      assertThat(checked.contain(expected)).as("%s is checked", expected.getName()).isTrue();
    }
    assertThat(checked.contain(NoReflectionTest.class)).isFalse();
    assertThat(checked.contain(Reflective.class)).isFalse();
    assertThat(checked.contain(SchemaCheck.class)).isTrue();
    assertThat(CLASSES.that(RUNTIME_OR_GENERATED_BUT_THE_SCHEMA_CHECK).contain(SchemaCheck.class))
        .isFalse();
  }

  @Test
  void noJavaLangReflect() {
    rules(RUNTIME_OR_GENERATED_BUT_THE_SCHEMA_CHECK).get("java.lang.reflect").check(CLASSES);
  }

  @Test
  void noClassLoadedOrInspectedByName() {
    rules(RUNTIME_OR_GENERATED_BUT_THE_SCHEMA_CHECK).get("Class.forName").check(CLASSES);
  }

  /**
   * The exemption is needed and no wider than the one class: the two rules find violations in
   * {@link SchemaCheck} and nowhere else, and it still obeys the other two.
   */
  @Test
  void onlyTheSchemaCheckLoadsTheSchemaClassByName() {
    for (String name : List.of("java.lang.reflect", "Class.forName")) {
      assertThat(rules(RUNTIME_OR_GENERATED).get(name).evaluate(CLASSES).getFailureReport()
          .getDetails())
          .as(name)
          .isNotEmpty()
          .allSatisfy(violation -> assertThat(violation)
              .startsWith("Method <" + SchemaCheck.class.getName() + "."));
    }
  }

  @Test
  void noMethodHandles() {
    rules(RUNTIME_OR_GENERATED).get("java.lang.invoke").check(CLASSES);
  }

  @Test
  void noServiceLoader() {
    rules(RUNTIME_OR_GENERATED).get("ServiceLoader").check(CLASSES);
  }

  @Test
  void everyRuleCatchesItsViolation() {
    JavaClasses reflective = new ClassFileImporter().importClasses(Reflective.class);

    rules(DescribedPredicate.alwaysTrue()).forEach((name, rule) ->
        assertThat(rule.evaluate(reflective).hasViolation()).as(name).isTrue());
  }

  @Test
  void lambdasMethodReferencesRecordsAndStringConcatenationAreNoViolation() {
    JavaClasses plain = new ClassFileImporter().importPackagesOf(Plain.class)
        .that(DescribedPredicate.describe("are not Reflective", c -> !c.isEquivalentTo(Reflective.class)));

    rules(DescribedPredicate.alwaysTrue()).forEach((name, rule) ->
        assertThat(rule.evaluate(plain).hasViolation()).as(name).isFalse());
  }

  private static Map<String, ArchRule> rules(DescribedPredicate<? super JavaClass> subjects) {
    return Map.of(
        "java.lang.reflect", noClasses().that(subjects)
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .because("mapping is generated at compile time, never reflective"),
        "Class.forName", noClasses().that(subjects)
            .should().callMethodWhere(LOADS_OR_INSPECTS_A_CLASS)
            .because("nothing is discovered at run time"),
        "java.lang.invoke", noClasses().that(subjects)
            .should().accessClassesThat().resideInAPackage("java.lang.invoke..")
            .because("generated code makes direct calls"),
        "ServiceLoader", noClasses().that(subjects)
            .should().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
            .because("there is no classpath scanning"));
  }
}
