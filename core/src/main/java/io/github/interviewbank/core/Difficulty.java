package io.github.interviewbank.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How demanding a question is, ordered from {@link #BEGINNER} to {@link #ADVANCED}.
 *
 * <p>The bank format writes difficulties as their {@linkplain #id() ids}: {@code beginner},
 * {@code intermediate} and {@code advanced}. The criteria that place a question are documented
 * in {@code docs/bank-format.md}.
 *
 * @since 1.0.0
 */
public enum Difficulty {
  /** Definitions and distinctions a junior developer uses weekly. */
  BEGINNER,
  /** Mechanisms and design choices inside one service, with at least one trade-off. */
  INTERMEDIATE,
  /** Systems of several machines, concurrency and failure; competing guarantees. */
  ADVANCED;

  /**
   * {@return the id used in the bank format: the lower-case name, never {@code null}}
   *
   * @since 1.0.0
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the difficulty with the given {@linkplain #id() id}.
   *
   * @param id the id, such as {@code "advanced"}; never {@code null}
   * @return the difficulty, or empty when no difficulty has that id (ids are case-sensitive)
   * @throws NullPointerException if {@code id} is {@code null}
   * @since 1.0.0
   */
  public static Optional<Difficulty> fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Difficulty d : values()) {
      if (d.id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
