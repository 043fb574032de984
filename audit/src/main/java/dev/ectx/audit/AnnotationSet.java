package dev.ectx.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The annotations on one element as read from a class file (visible and invisible alike): each
 * annotation's binary name with its {@code value} element if that is a string (or the first of a
 * string array).
 */
final class AnnotationSet {
  static final AnnotationSet EMPTY = new AnnotationSet();

  private final Map<String, String> values = new HashMap<>();

  void add(String annotationName, String value) {
    values.put(annotationName, value == null ? "" : value);
  }

  boolean has(String annotationName) {
    return values.containsKey(annotationName);
  }

  Optional<String> value(String annotationName) {
    return Optional.ofNullable(values.get(annotationName));
  }
}
