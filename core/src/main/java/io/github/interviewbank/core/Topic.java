package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;

/**
 * A subject area that questions belong to, such as {@code rest-apis} / "REST APIs and HTTP".
 *
 * <p>Banks define their own topics. Two topics are equal when both id and name are equal.
 *
 * @param id stable kebab-case id, such as {@code caching}; never {@code null}
 * @param name display name, such as {@code Caching}; never {@code null} or blank
 * @since 1.0.0
 */
public record Topic(String id, String name) {

  /**
   * Validates the components.
   *
   * @param id stable kebab-case id, such as {@code caching}; never {@code null}
   * @param name display name, such as {@code Caching}; never {@code null} or blank
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code id} is not kebab-case, or {@code name} is blank,
   *     longer than {@link QuestionBank#MAX_STRING_LENGTH} or not valid Unicode
   * @since 1.0.0
   */
  public Topic {
    Checks.kebabId(id, "topic id");
    Checks.notBlank(name, "topic name");
  }

  /**
   * Creates a topic.
   *
   * @param id stable kebab-case id; never {@code null}
   * @param name display name; never {@code null} or blank
   * @return the topic, never {@code null}
   * @since 1.0.0
   */
  public static Topic of(String id, String name) {
    return new Topic(id, name);
  }
}
