package io.github.interviewbank.grading;

import java.util.Objects;

/**
 * Documentation of one option a {@link GraderProvider} accepts.
 *
 * @param key the option's key, such as {@code proximity}; never {@code null} or blank
 * @param description what it does and which values are valid; never {@code null}
 * @param defaultValue the value used when the option is absent, as text; never {@code null}
 * @since 1.0.0
 */
public record GraderOption(String key, String description, String defaultValue) {

  /**
   * Validates the components.
   *
   * @param key the option's key, such as {@code proximity}; never {@code null} or blank
   * @param description what it does and which values are valid; never {@code null}
   * @param defaultValue the value used when the option is absent, as text; never {@code null}
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the key is blank
   * @since 1.0.0
   */
  public GraderOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (key.isBlank()) {
      throw new IllegalArgumentException("option key must not be blank");
    }
  }

  /**
   * Creates an option descriptor.
   *
   * @param key the key; never {@code null} or blank
   * @param description what it does; never {@code null}
   * @param defaultValue the default, as text; never {@code null}
   * @return the descriptor, never {@code null}
   * @since 1.0.0
   */
  public static GraderOption of(String key, String description, String defaultValue) {
    return new GraderOption(key, description, defaultValue);
  }
}
