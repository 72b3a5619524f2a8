package dev.precast.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.diag.Problem;
import dev.precast.processor.diag.Suppression;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.generate.MetamodelWriter;
import dev.precast.processor.generate.RepositoryImplWriter;
import dev.precast.processor.generate.RepositoryWriter;
import dev.precast.processor.generate.SchemaSnapshotWriter;
import dev.precast.processor.generate.SchemaWriter;
import dev.precast.processor.generate.ValidatorWriter;
import dev.precast.processor.model.ConverterModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.RepositoryModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.parse.Annotations;
import dev.precast.processor.parse.Converters;
import dev.precast.processor.parse.EntityParser;
import dev.precast.processor.parse.RepositoryParser;
import dev.precast.processor.schemacheck.SchemaCheck;
import dev.precast.processor.schemacheck.SchemaCheckOptions;
import dev.precast.processor.validate.EntityValidator;
import dev.precast.processor.validate.EntityWarnings;
import dev.precast.processor.validate.QueryPreparer;
import dev.precast.processor.validate.RepositoryValidator;
import dev.precast.processor.validate.SchemaValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * Precast's annotation processor. Each round it reads the {@code @Table} classes ({@code
 * parse}), checks them all ({@code validate}), and only when no error was found looks for
 * warnings and writes their metamodels, repositories and validators ({@code generate}); once
 * no new entity appears, it writes {@code PrecastSchema} and the DDL scripts, then runs the
 * build-time schema check the options ask for ({@code schemacheck}).
 */
@AutoService(Processor.class)
public final class PrecastProcessor extends AbstractProcessor {
  private final List<EntityModel> generated = new ArrayList<>();
  private final List<String> deferred = new ArrayList<>();
  /** The converters packages registered, by the Java type they convert. */
  private final Map<String, TypeElement> registeredConverters = new LinkedHashMap<>();
  /** The {@code @Repository} interfaces seen, implemented once every entity is known. */
  private final List<String> repositories = new ArrayList<>();
  private boolean failed;
  private boolean schemaWritten;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new java.util.HashSet<>(SchemaValidator.MAPPING_ANNOTATIONS);
    supported.add(Annotations.TABLE);
    supported.add(Annotations.REPOSITORY);
    supported.add(Annotations.QUERY);
    supported.add(Annotations.CONVERT);
    supported.add(Annotations.CONVERT_LIST);
    return Set.copyOf(supported);
  }

  /** The schema check's options; declared so that javac does not warn they went unused. */
  @Override
  public Set<String> getSupportedOptions() {
    return SchemaCheckOptions.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException e) {
      failed = true;
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
          Diagnostic.INTERNAL_ERROR.format("this compilation", e));
    }
    // Precast's annotations mean nothing to any other processor.
    return true;
  }

  private void processRound(RoundEnvironment round) {
    if (failed) {
      return;
    }
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(
        processingEnv.getElementUtils().getTypeElement(Annotations.TABLE))) {
      if (element instanceof TypeElement type && !candidates.contains(type)) {
        candidates.add(type);
      }
    }
    candidates.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));

    List<Problem> converterProblems = registerConverters(round);
    EntityParser parser = new EntityParser(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), registeredConverters);
    EntityValidator entityValidator = new EntityValidator();
    List<Problem> problems = new ArrayList<>(placementProblems(round));
    problems.addAll(converterProblems);
    problems.addAll(queryPlacementProblems(round));
    for (Element element : round.getElementsAnnotatedWith(
        processingEnv.getElementUtils().getTypeElement(Annotations.REPOSITORY))) {
      if (element instanceof TypeElement type) {
        repositories.add(type.getQualifiedName().toString());
      }
    }
    List<EntityModel> entities = new ArrayList<>();
    for (TypeElement type : candidates) {
      if (!round.processingOver() && waitsForGeneratedTypes(type)) {
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      try {
        EntityModel entity = parser.parse(type);
        problems.addAll(entityValidator.validate(entity));
        entities.add(entity);
      } catch (RuntimeException e) {
        problems.add(Problem.on(type, Diagnostic.INTERNAL_ERROR, type.getQualifiedName(), e));
      }
    }
    List<EntityModel> all = new ArrayList<>(generated);
    all.addAll(entities);
    problems.addAll(new SchemaValidator().validate(all));
    Map<String, EntityModel> targets = referenceTargets(parser, all);
    problems.addAll(new SchemaValidator().validateReferences(entities, targets));
    if (problems.isEmpty()) {
      // Warnings judge the schema that is generated, so only a model without errors has any.
      EntityWarnings warnings = new EntityWarnings();
      entities.forEach(entity -> problems.addAll(warnings.check(entity)));
    }
    problems.forEach(this::report);
    if (problems.stream().anyMatch(Problem::isError)) {
      failed = true;
      return;
    }
    SchemaModel schema = SchemaModel.of(all, externalTargets(all, targets));
    for (EntityModel entity : entities) {
      write(new MetamodelWriter(entity, schema).write());
      write(new RepositoryWriter(entity).write());
      write(new ValidatorWriter(entity).write());
    }
    generated.addAll(entities);
    if (entities.isEmpty() && deferred.isEmpty() && !generated.isEmpty() && !schemaWritten
        && !round.processingOver()) {
      writeSchema(parser);
    }
    if (entities.isEmpty() && deferred.isEmpty() && !repositories.isEmpty()
        && (schemaWritten || generated.isEmpty()) && !round.processingOver()) {
      writeRepositories(parser);
    }
  }

  /**
   * Checks and implements the {@code @Repository} interfaces seen so far, against the whole
   * schema: {@code @Query} SQL is prepared in an in-memory H2 holding every table.
   */
  private void writeRepositories(EntityParser entityParser) {
    List<String> pending = List.copyOf(repositories);
    repositories.clear();
    Map<String, EntityModel> byQualifiedName = new LinkedHashMap<>();
    Map<String, EntityModel> byGeneratedName = new LinkedHashMap<>();
    for (EntityModel entity : generated) {
      byQualifiedName.put(entity.qualifiedName(), entity);
      String prefix = entity.packageName().isEmpty() ? "" : entity.packageName() + ".";
      for (String suffix : List.of("_", "Repository", "Validator")) {
        byGeneratedName.put(prefix + entity.simpleName() + suffix, entity);
      }
    }
    Map<String, ConverterModel> converters = new LinkedHashMap<>();
    for (EntityModel entity : generated) {
      for (PropertyModel property : entity.properties()) {
        if (property.converter() != null) {
          converters.putIfAbsent(property.converter().javaTypeName(), property.converter());
        }
      }
    }
    RepositoryParser parser = new RepositoryParser(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), type -> byQualifiedName.computeIfAbsent(
            type.getQualifiedName().toString(), name -> entityParser.parse(type)), converters);
    SchemaModel schema = SchemaModel.of(generated,
        externalTargets(generated, referenceTargets(entityParser, generated)));
    try (LazyPreparer preparer = new LazyPreparer(schema)) {
      RepositoryValidator validator = new RepositoryValidator(preparer, byGeneratedName);
      for (String name : pending) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type == null) {
          continue;
        }
        try {
          RepositoryModel repository = parser.parse(type);
          RepositoryValidator.Result result = validator.validate(repository);
          result.problems().forEach(this::report);
          if (result.problems().stream().anyMatch(Problem::isError)) {
            failed = true;
          } else {
            write(new RepositoryImplWriter(repository, result.plans()).write());
          }
        } catch (RuntimeException e) {
          report(Problem.on(type, Diagnostic.INTERNAL_ERROR, name, e));
          failed = true;
        }
      }
    }
  }

  /** Opens the query preparer when a {@code @Query} first needs it, and closes it after. */
  private static final class LazyPreparer implements java.util.function.Supplier<QueryPreparer>,
      AutoCloseable {
    private final SchemaModel schema;
    private QueryPreparer preparer;

    LazyPreparer(SchemaModel schema) {
      this.schema = schema;
    }

    @Override
    public QueryPreparer get() {
      if (preparer == null) {
        preparer = new QueryPreparer(schema);
      }
      return preparer;
    }

    @Override
    public void close() {
      if (preparer != null) {
        preparer.close();
      }
    }
  }

  /**
   * Reads the converters that {@code @Convert} on a package registers for every field of
   * their Java type; the problems are those of the registrations themselves.
   */
  private List<Problem> registerConverters(RoundEnvironment round) {
    List<Problem> problems = new ArrayList<>();
    Converters converters =
        Converters.of(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    for (String annotation : List.of(Annotations.CONVERT, Annotations.CONVERT_LIST)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (!(element instanceof PackageElement)) {
          continue;
        }
        for (AnnotationMirror convert : new Annotations(processingEnv.getElementUtils())
            .repeatable(element, Annotations.CONVERT, Annotations.CONVERT_LIST)) {
          AnnotationValue value = Annotations.explicitValue(convert, "value");
          if (!(value != null && value.getValue() instanceof DeclaredType declared)) {
            continue;
          }
          TypeElement converter = (TypeElement) declared.asElement();
          String javaType = converters.javaType(converter);
          if (javaType == null) {
            problems.add(Problem.on(element, convert, Diagnostic.CONVERTER_NOT_A_CONVERTER,
                "package " + element, converter.getQualifiedName()));
            continue;
          }
          TypeElement registered = registeredConverters.putIfAbsent(javaType, converter);
          if (registered != null && !registered.equals(converter)) {
            problems.add(Problem.on(element, convert, Diagnostic.DUPLICATE_REGISTERED_CONVERTER,
                registered.getQualifiedName(), converter.getQualifiedName(), javaType));
          }
        }
      }
    }
    return problems;
  }

  /** {@code @Query} on a method of anything but a {@code @Repository} interface: errors. */
  private List<Problem> queryPlacementProblems(RoundEnvironment round) {
    List<Problem> problems = new ArrayList<>();
    TypeElement query = processingEnv.getElementUtils().getTypeElement(Annotations.QUERY);
    if (query == null) {
      return problems;
    }
    for (Element method : round.getElementsAnnotatedWith(query)) {
      Element owner = method.getEnclosingElement();
      if (Annotations.find(owner, Annotations.REPOSITORY).isEmpty()) {
        problems.add(Problem.on(method, Diagnostic.QUERY_OUTSIDE_REPOSITORY,
            owner.getSimpleName() + "." + method.getSimpleName(), owner.getSimpleName()));
      }
    }
    return problems;
  }

  /**
   * The entities that references can point at: those of this compilation, and {@code @Table}
   * classes compiled elsewhere (read from their class files).
   */
  private static Map<String, EntityModel> referenceTargets(
      EntityParser parser, List<EntityModel> entities) {
    Map<String, EntityModel> targets = new LinkedHashMap<>();
    entities.forEach(e -> targets.put(e.qualifiedName(), e));
    for (EntityModel entity : entities) {
      for (ReferenceModel reference : entity.references()) {
        TypeElement target = reference.target();
        if (target != null && !targets.containsKey(reference.targetName())
            && Annotations.find(target, Annotations.TABLE).isPresent()) {
          targets.put(reference.targetName(), parser.parse(target));
        }
      }
    }
    return targets;
  }

  private static List<EntityModel> externalTargets(
      List<EntityModel> entities, Map<String, EntityModel> targets) {
    return targets.values().stream().filter(t -> !entities.contains(t)).toList();
  }

  /** Mapping annotations on classes without {@code @Table} would be ignored: errors. */
  private List<Problem> placementProblems(RoundEnvironment round) {
    Map<String, Set<? extends Element>> annotated = new LinkedHashMap<>();
    for (String annotation : SchemaValidator.MAPPING_ANNOTATIONS) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
      if (type != null) {
        annotated.put(annotation, round.getElementsAnnotatedWith(type));
      }
    }
    return new SchemaValidator().validatePlacement(annotated);
  }

  /**
   * Whether a field's type does not exist yet: another processor may generate it in a later
   * round, so the entity waits instead of reporting an unsupported type.
   */
  private static boolean waitsForGeneratedTypes(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.asType().getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  private void writeSchema(EntityParser parser) {
    schemaWritten = true;
    SchemaModel model = SchemaModel.of(generated,
        externalTargets(generated, referenceTargets(parser, generated)));
    SchemaWriter schema = new SchemaWriter(model);
    write(schema.writeSchema());
    for (SqlDialect dialect : SqlDialect.values()) {
      try (Writer writer = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "",
              SchemaWriter.SCRIPT_DIRECTORY + dialect.scriptName(),
              generated.stream().map(EntityModel::element).toArray(Element[]::new))
          .openWriter()) {
        writer.write(schema.script(dialect));
      } catch (IOException e) {
        error(Diagnostic.INTERNAL_ERROR.format(dialect.scriptName(), e.getMessage()));
      }
    }
    try (OutputStream out = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "",
            SchemaWriter.SCRIPT_DIRECTORY + SchemaSnapshotWriter.FILE_NAME,
            generated.stream().map(EntityModel::element).toArray(Element[]::new))
        .openOutputStream()) {
      out.write(new SchemaSnapshotWriter(model).json().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      error(Diagnostic.INTERNAL_ERROR.format(SchemaSnapshotWriter.FILE_NAME, e.getMessage()));
    }
    new SchemaCheck(processingEnv.getMessager(), processingEnv.getElementUtils(),
        processingEnv.getOptions())
        .run(List.copyOf(generated), model);
  }

  private void write(JavaFile file) {
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      error(Diagnostic.INTERNAL_ERROR.format(file.packageName() + "." + file.typeSpec().name(),
          e.getMessage()));
    }
  }

  private void report(Problem problem) {
    if (!problem.isError() && Suppression.isSuppressed(problem.element())) {
      return;
    }
    javax.tools.Diagnostic.Kind kind = problem.isError()
        ? javax.tools.Diagnostic.Kind.ERROR : javax.tools.Diagnostic.Kind.WARNING;
    processingEnv.getMessager().printMessage(kind, problem.message(), problem.element(),
        problem.annotation(), problem.value());
  }

  private void error(String message) {
    failed = true;
    processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, message);
  }
}
