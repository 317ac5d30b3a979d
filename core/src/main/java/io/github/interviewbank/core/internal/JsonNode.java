package io.github.interviewbank.core.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value that remembers where it started in the source, so that validation errors
 * can name a line and column. Not part of the API: do not use.
 */
final class JsonNode {
  enum Kind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  final Kind kind;
  final int line;
  final int column;
  private final @Nullable Object value;

  private JsonNode(Kind kind, int line, int column, @Nullable Object value) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.value = value;
  }

  static JsonNode object(int line, int column, Map<String, JsonNode> fields) {
    return new JsonNode(Kind.OBJECT, line, column, fields);
  }

  static JsonNode array(int line, int column, List<JsonNode> items) {
    return new JsonNode(Kind.ARRAY, line, column, items);
  }

  static JsonNode string(int line, int column, String text) {
    return new JsonNode(Kind.STRING, line, column, text);
  }

  static JsonNode number(int line, int column, double number) {
    return new JsonNode(Kind.NUMBER, line, column, number);
  }

  static JsonNode bool(int line, int column, boolean flag) {
    return new JsonNode(Kind.BOOLEAN, line, column, flag);
  }

  static JsonNode nullNode(int line, int column) {
    return new JsonNode(Kind.NULL, line, column, null);
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonNode> fields() {
    return (Map<String, JsonNode>) require(Kind.OBJECT);
  }

  @SuppressWarnings("unchecked")
  List<JsonNode> items() {
    return (List<JsonNode>) require(Kind.ARRAY);
  }

  String text() {
    return (String) require(Kind.STRING);
  }

  double number() {
    return (Double) require(Kind.NUMBER);
  }

  boolean bool() {
    return (Boolean) require(Kind.BOOLEAN);
  }

  private Object require(Kind expected) {
    if (kind != expected || value == null) {
      throw new IllegalStateException("not " + expected.description + ": " + kind);
    }
    return value;
  }
}
