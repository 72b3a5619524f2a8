package dev.precast.processor.parse;

import dev.precast.processor.model.ConverterModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.QueryMethod;
import dev.precast.processor.model.QueryMethod.Component;
import dev.precast.processor.model.QueryMethod.Container;
import dev.precast.processor.model.QueryMethod.Parameter;
import dev.precast.processor.model.QueryMethod.ParameterKind;
import dev.precast.processor.model.QueryMethod.Result;
import dev.precast.processor.model.QueryMethod.ResultKind;
import dev.precast.processor.model.QueryMethod.ValueRef;
import dev.precast.processor.model.RepositoryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Repository} interface: the entity it names, and for each abstract method its
 * parameters and return type as queries see them. Like the entity parser it never fails;
 * judging what it read is the validator's work.
 */
public final class RepositoryParser {
  public static final String CRUD_REPOSITORY = "dev.precast.CrudRepository";

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final JavaTypes javaTypes;
  private final Function<TypeElement, EntityModel> entities;
  private final Map<String, ConverterModel> converters;

  /**
   * @param entities the model of a {@code @Table} class, parsed once
   * @param converters a converter of the schema's fields for each Java type some field is
   *     converted from, to bind and read values of that type
   */
  public RepositoryParser(Elements elements, Types types,
      Function<TypeElement, EntityModel> entities, Map<String, ConverterModel> converters) {
    this.converters = Map.copyOf(converters);
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.javaTypes = new JavaTypes(elements);
    this.entities = entities;
  }

  /** The model of an interface annotated with {@code @Repository}. */
  public RepositoryModel parse(TypeElement type) {
    DeclaredType crud = crudSupertype(type.asType());
    TypeElement entity = null;
    TypeMirror crudId = null;
    if (crud != null && crud.getTypeArguments().size() == 2) {
      entity = asTypeElement(crud.getTypeArguments().get(0));
      crudId = crud.getTypeArguments().get(1);
    }
    if (entity == null) {
      AnnotationMirror repository =
          Annotations.find(type, Annotations.REPOSITORY).orElseThrow();
      AnnotationValue value = Annotations.explicitValue(repository, "value");
      if (value != null && value.getValue() instanceof TypeMirror named) {
        entity = asTypeElement(named);
      }
    }
    List<QueryMethod> methods = new ArrayList<>();
    for (ExecutableElement method : abstractMethods(type)) {
      methods.add(method(type, method));
    }
    if (entity == null) {
      entity = returnedEntity(methods);
    }
    EntityModel model = entity != null && Annotations.find(entity, Annotations.TABLE).isPresent()
        ? entities.apply(entity) : null;
    return new RepositoryModel(type, javaTypes.ref(type), entity, model, crud != null, crudId,
        methods);
  }

  /**
   * The one {@code @Table} class the derived queries return, for an interface that names no
   * entity; null when they return none or several.
   */
  private static TypeElement returnedEntity(List<QueryMethod> methods) {
    List<TypeElement> returned = methods.stream()
        .filter(m -> m.query() == null && m.returns().element() == ResultKind.ENTITY)
        .map(m -> m.returns().type())
        .distinct()
        .toList();
    return returned.size() == 1 ? returned.get(0) : null;
  }

  private QueryMethod method(TypeElement repository, ExecutableElement method) {
    TypeMirror asMember = types.asMemberOf((DeclaredType) repository.asType(), method);
    List<? extends TypeMirror> parameterTypes = asMember instanceof ExecutableType executable
        ? executable.getParameterTypes()
        : method.getParameters().stream().map(Element::asType).toList();
    TypeMirror returnType = asMember instanceof ExecutableType executable
        ? executable.getReturnType() : method.getReturnType();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      parameters.add(parameter(method.getParameters().get(i), parameterTypes.get(i)));
    }
    Optional<AnnotationMirror> query = Annotations.find(method, Annotations.QUERY);
    return new QueryMethod(method, method.getSimpleName().toString(), parameters,
        result(returnType), query.orElse(null),
        query.map(q -> annotations.string(q, "value")).orElse(null),
        query.map(q -> annotations.bool(q, "checked", true)).orElse(true));
  }

  private Parameter parameter(VariableElement element, TypeMirror type) {
    String name = element.getSimpleName().toString();
    String typeName = type.toString();
    String erased = JavaTypes.name(types.erasure(type));
    if (erased.equals("dev.precast.Limit")) {
      return new Parameter(element, name, ParameterKind.LIMIT, null, typeName);
    }
    if (erased.equals("dev.precast.PageRequest")) {
      return new Parameter(element, name, ParameterKind.PAGE_REQUEST, null, typeName);
    }
    TypeMirror collection = types.erasure(
        elements.getTypeElement("java.util.Collection").asType());
    if (type.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(type), collection)) {
      TypeMirror elementType = collectionElement(type);
      ValueRef value = elementType == null ? null : value(elementType);
      return new Parameter(element, name,
          value == null ? ParameterKind.UNSUPPORTED : ParameterKind.COLLECTION, value, typeName);
    }
    ValueRef value = value(type);
    return new Parameter(element, name,
        value == null ? ParameterKind.UNSUPPORTED : ParameterKind.VALUE, value, typeName);
  }

  /** {@code E} of a {@code Collection<E>} (or of a subtype), or null for a raw one. */
  private TypeMirror collectionElement(TypeMirror type) {
    for (TypeMirror candidate = type; candidate instanceof DeclaredType declared; ) {
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals("java.util.Collection")) {
        if (declared.getTypeArguments().size() != 1) {
          return null;
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument instanceof WildcardType wildcard) {
          return wildcard.getExtendsBound();
        }
        return argument;
      }
      TypeMirror next = null;
      for (TypeMirror supertype : types.directSupertypes(candidate)) {
        if (types.isAssignable(types.erasure(supertype),
            types.erasure(elements.getTypeElement("java.util.Collection").asType()))) {
          next = supertype;
          break;
        }
      }
      candidate = next;
    }
    return null;
  }

  private Result result(TypeMirror type) {
    String typeName = type.toString();
    if (type.getKind() == TypeKind.VOID) {
      return new Result(Container.NONE, ResultKind.VOID, null, List.of(), null, typeName);
    }
    Container container = Container.NONE;
    TypeMirror element = type;
    if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      String erased = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      container = switch (erased) {
        case "java.util.Optional" -> Container.OPTIONAL;
        case "java.util.List" -> Container.LIST;
        case "java.util.stream.Stream" -> Container.STREAM;
        case "dev.precast.Page" -> Container.PAGE;
        default -> null;
      };
      if (container == null) {
        return unsupported(typeName);
      }
      element = declared.getTypeArguments().get(0);
    }
    ValueRef scalar = value(element);
    if (scalar != null) {
      return new Result(container, ResultKind.SCALAR, null, List.of(), scalar, typeName);
    }
    TypeElement elementType = asTypeElement(element);
    if (elementType == null) {
      return unsupported(typeName);
    }
    if (Annotations.find(elementType, Annotations.TABLE).isPresent()) {
      return new Result(container, ResultKind.ENTITY, elementType, List.of(), null, typeName);
    }
    if (elementType.getKind() == ElementKind.RECORD) {
      List<Component> components = new ArrayList<>();
      for (RecordComponentElement component : elementType.getRecordComponents()) {
        components.add(new Component(component.getSimpleName().toString(),
            value(component.asType()), JavaTypes.name(component.asType())));
      }
      return new Result(container, ResultKind.PROJECTION, elementType, components, null,
          typeName);
    }
    return unsupported(typeName);
  }

  /**
   * How a value of {@code type} binds and reads: as a column type, or through the converter
   * the schema's fields of that type use; null when neither.
   */
  private ValueRef value(TypeMirror type) {
    ValueRef value = javaTypes.value(type);
    if (value != null || type.getKind() != TypeKind.DECLARED) {
      return value;
    }
    ConverterModel converter = converters.get(JavaTypes.name(types.erasure(type)));
    return converter == null ? null : new ValueRef(converter.columnType(),
        JavaTypes.name(type), javaTypes.ref(asTypeElement(type)), false, converter);
  }

  private static Result unsupported(String typeName) {
    return new Result(Container.NONE, ResultKind.UNSUPPORTED, null, List.of(), null, typeName);
  }

  private TypeElement asTypeElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** {@code CrudRepository<T, ID>} as a supertype of {@code type}, or null. */
  private DeclaredType crudSupertype(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName()
              .contentEquals(CRUD_REPOSITORY)) {
        return declared;
      }
      DeclaredType inherited = crudSupertype(supertype);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }

  /**
   * The abstract methods the implementation must write, declared or inherited, each once, in
   * declaration order from the interface outwards; {@code CrudRepository}'s are delegated.
   */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    Map<String, ExecutableElement> methods = new LinkedHashMap<>();
    collect(type, methods);
    return new ArrayList<>(methods.values());
  }

  private void collect(TypeElement type, Map<String, ExecutableElement> methods) {
    if (type.getQualifiedName().contentEquals(CRUD_REPOSITORY)
        || type.getQualifiedName().contentEquals("java.lang.Object")) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        String signature = method.getSimpleName() + types.erasure(method.asType()).toString();
        methods.putIfAbsent(signature, method);
      }
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      TypeElement element = asTypeElement(supertype);
      if (element != null) {
        collect(element, methods);
      }
    }
  }
}
