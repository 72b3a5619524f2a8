package dev.precast.processor.parse;

import dev.precast.processor.model.ConverterModel;
import dev.precast.processor.model.QueryMethod.ValueRef;
import dev.precast.processor.model.TypeRef;
import dev.precast.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads {@code TypeConverter} classes: what they convert, and whether code can create them. */
public final class Converters {
  public static final String TYPE_CONVERTER = "dev.precast.TypeConverter";

  private final Types types;
  private final JavaTypes javaTypes;

  Converters(Types types, JavaTypes javaTypes) {
    this.types = types;
    this.javaTypes = javaTypes;
  }

  /** A converter reader for the processor's own use, e.g. for package registrations. */
  public static Converters of(Elements elements, Types types) {
    return new Converters(types, new JavaTypes(elements));
  }

  /**
   * The model of {@code converter}, whose instance lives in {@code constant} of {@code
   * metamodel}.
   */
  public ConverterModel model(TypeElement converter, AnnotationMirror annotation,
      TypeRef metamodel, String constant) {
    DeclaredType supertype = typeConverter(converter.asType());
    boolean isConverter = supertype != null && supertype.getTypeArguments().size() == 2;
    String javaType = isConverter ? javaType(converter) : null;
    String columnTypeName = null;
    ValueType columnType = null;
    if (isConverter) {
      TypeMirror column = supertype.getTypeArguments().get(1);
      columnTypeName = JavaTypes.name(column);
      ValueRef value = javaTypes.value(column);
      columnType = value == null || value.valueType() == ValueType.ENUM ? null : value.valueType();
    }
    return new ConverterModel(annotation, converter, javaTypes.ref(converter), isConverter,
        javaType, columnTypeName, columnType, instantiable(converter), metamodel, constant);
  }

  /** {@code J} of the converter, or null when it is no {@code TypeConverter<J, D>}. */
  public String javaType(TypeElement converter) {
    DeclaredType supertype = typeConverter(converter.asType());
    return supertype == null || supertype.getTypeArguments().size() != 2 ? null
        : JavaTypes.name(types.erasure(supertype.getTypeArguments().get(0)));
  }

  private boolean instantiable(TypeElement converter) {
    if (converter.getKind() != ElementKind.CLASS
        || converter.getModifiers().contains(Modifier.ABSTRACT)
        || !converter.getModifiers().contains(Modifier.PUBLIC)
        || !converter.getTypeParameters().isEmpty()
        || (converter.getNestingKind() == NestingKind.MEMBER
            && !converter.getModifiers().contains(Modifier.STATIC))
        || converter.getNestingKind() == NestingKind.LOCAL
        || converter.getNestingKind() == NestingKind.ANONYMOUS) {
      return false;
    }
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(converter.getEnclosedElements());
    return constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
        && c.getModifiers().contains(Modifier.PUBLIC) && c.getThrownTypes().isEmpty());
  }

  /** {@code TypeConverter<J, D>} among the supertypes of {@code type}, or null. */
  private DeclaredType typeConverter(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName()
              .contentEquals(TYPE_CONVERTER)) {
        return declared;
      }
      DeclaredType inherited = typeConverter(supertype);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }
}
