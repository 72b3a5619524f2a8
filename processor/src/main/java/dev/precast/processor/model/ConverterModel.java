package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The {@code TypeConverter} a property is stored through, as read from its class; judged by
 * the validator.
 *
 * @param annotation the field's {@code @Convert}, or null when a package registered it
 * @param element the converter class
 * @param type the converter class by name
 * @param isConverter whether it implements {@code TypeConverter<J, D>} with both arguments
 * @param javaTypeName {@code J}, as javac prints it (erased), e.g. {@code com.example.Money}
 * @param columnTypeName {@code D}, as javac prints it
 * @param columnType the column type {@code D} maps to, or null when it maps to none
 * @param instantiable whether generated code can write {@code new Converter()}: a public,
 *     concrete, top-level or static class with a public no-argument constructor
 * @param metamodel the metamodel class that holds the instance in a constant
 * @param constant that constant's name, e.g. {@code PRICE_CONVERTER}
 */
public record ConverterModel(
    AnnotationMirror annotation,
    TypeElement element,
    TypeRef type,
    boolean isConverter,
    String javaTypeName,
    String columnTypeName,
    ValueType columnType,
    boolean instantiable,
    TypeRef metamodel,
    String constant) {}
