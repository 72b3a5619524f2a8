package dev.precast.processor.parse;

import dev.precast.processor.model.GenericType;
import dev.precast.processor.model.QueryMethod.ValueRef;
import dev.precast.processor.model.TypeRef;
import dev.precast.processor.model.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Names and column value types of Java types, as the parsers read them. */
final class JavaTypes {
  private final Elements elements;

  JavaTypes(Elements elements) {
    this.elements = elements;
  }

  /**
   * A type's name without type annotations (which {@code toString} would print): {@code int},
   * {@code byte[]}, {@code java.lang.String}.
   */
  static String name(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(Locale.ROOT);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return name(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      String name = element.getQualifiedName().toString();
      return ((DeclaredType) type).getTypeArguments().isEmpty() ? name : name + "<...>";
    }
    return type.toString();
  }

  /** The class by package and simple names, outermost first. */
  TypeRef ref(TypeElement type) {
    Deque<String> simpleNames = new ArrayDeque<>();
    Element current = type;
    while (current instanceof TypeElement) {
      simpleNames.addFirst(current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    return new TypeRef(elements.getPackageOf(type).getQualifiedName().toString(),
        new ArrayList<>(simpleNames));
  }

  /** How a value of {@code type} binds and reads, or null when no column type holds it. */
  ValueRef value(TypeMirror type) {
    String typeName = name(type);
    ValueType valueType = ValueType.of(typeName);
    TypeRef declared = null;
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      declared = ref(element);
      if (element.getKind() == ElementKind.ENUM) {
        valueType = ValueType.ENUM;
      }
    }
    return valueType == null
        ? null
        : new ValueRef(valueType, typeName, declared, type.getKind().isPrimitive(), null);
  }

  /**
   * {@link ValueType#STRING_LIST} for {@code List<String>}, {@link ValueType#LONG_LIST} for
   * {@code List<Long>}; null for every other type.
   */
  static ValueType listValueType(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1
        || !((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
        || !(declared.getTypeArguments().get(0) instanceof DeclaredType element)) {
      return null;
    }
    String elementName = ((TypeElement) element.asElement()).getQualifiedName().toString();
    return switch (elementName) {
      case "java.lang.String" -> ValueType.STRING_LIST;
      case "java.lang.Long" -> ValueType.LONG_LIST;
      default -> null;
    };
  }

  /**
   * A declared type with its arguments, or null when it or an argument is no declared type
   * (a primitive, an array, a wildcard, a type variable) or is used raw.
   */
  GenericType generic(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (declared.getTypeArguments().size() != element.getTypeParameters().size()) {
      return null;
    }
    List<GenericType> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      GenericType generic = generic(argument);
      if (generic == null) {
        return null;
      }
      arguments.add(generic);
    }
    return new GenericType(ref(element), arguments);
  }
}
