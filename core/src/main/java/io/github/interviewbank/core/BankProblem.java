package io.github.interviewbank.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a bank: what is wrong and where.
 *
 * <p>Immutable. {@link #toString()} renders the form tools print, for example {@code
 * bank.json:36:21: question 'cap-theorem': weight must be finite and greater than 0, was -1
 * ($.questions[3].keyPoints[0].weight)}.
 *
 * @since 1.0.0
 */
public final class BankProblem {
  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String jsonPath;
  private final @Nullable String questionId;
  private final String message;

  private BankProblem(
      String source, int line, int column, @Nullable String jsonPath, @Nullable String questionId,
      String message) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
    this.questionId = questionId;
    this.message = message;
  }

  /**
   * Creates a problem without a location; add what is known with {@link #withLocation}, {@link
   * #withJsonPath} and {@link #withQuestionId}.
   *
   * <pre>{@code
   * BankProblem.of("bank.json", "weight must be finite and greater than 0, was -1")
   *     .withLocation(36, 21).withJsonPath("$.questions[3].keyPoints[0].weight")
   *     .withQuestionId("cap-theorem");
   * }</pre>
   *
   * @param source the file name or other description of the input; never {@code null}
   * @param message what is wrong; never {@code null}
   * @return the problem, never {@code null}
   * @since 1.0.0
   */
  public static BankProblem of(String source, String message) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    return new BankProblem(source, 0, 0, null, null, message);
  }

  /**
   * {@return a copy of this problem at the given line and column, never {@code null}}
   *
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   * @since 1.0.0
   */
  public BankProblem withLocation(int line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
    return new BankProblem(source, line, column, jsonPath, questionId, message);
  }

  /**
   * {@return a copy of this problem naming the JSON path of the offending value, such as {@code
   * $.questions[2].id}; never {@code null}}
   *
   * @param path the JSON path; never {@code null}
   * @since 1.0.0
   */
  public BankProblem withJsonPath(String path) {
    Objects.requireNonNull(path, "path");
    return new BankProblem(source, line, column, path, questionId, message);
  }

  /**
   * {@return a copy of this problem naming the question concerned, never {@code null}}
   *
   * @param id the question's id; never {@code null}
   * @since 1.0.0
   */
  public BankProblem withQuestionId(String id) {
    Objects.requireNonNull(id, "id");
    return new BankProblem(source, line, column, jsonPath, id, message);
  }

  /**
   * {@return the file name or description of the input, never {@code null}}
   *
   * @since 1.0.0
   */
  public String source() {
    return source;
  }

  /**
   * {@return the 1-based line of the problem, or empty when unknown}
   *
   * @since 1.0.0
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * {@return the 1-based column of the problem, or empty when unknown}
   *
   * @since 1.0.0
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * {@return the JSON path of the offending value, or empty when unknown}
   *
   * @since 1.0.0
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /**
   * {@return the id of the question concerned, or empty when unknown or not about a question}
   *
   * @since 1.0.0
   */
  public Optional<String> questionId() {
    return Optional.ofNullable(questionId);
  }

  /**
   * {@return what is wrong, without the location, never {@code null}}
   *
   * @since 1.0.0
   */
  public String message() {
    return message;
  }

  /** {@return {@code source:line:column: question 'id': message (json path)}, parts as known} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (questionId != null) {
      sb.append("question '").append(questionId).append("': ");
    }
    sb.append(message);
    if (jsonPath != null) {
      sb.append(" (").append(jsonPath).append(')');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BankProblem p
        && p.source.equals(source)
        && p.line == line
        && p.column == column
        && Objects.equals(p.jsonPath, jsonPath)
        && Objects.equals(p.questionId, questionId)
        && p.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, jsonPath, questionId, message);
  }
}
