package io.github.interviewbank.grading.llm.internal;

import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GraderOption;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One setting of the LLM grader, defined once: its option key, default, description, how its
 * text is read, what values are valid, and which builder method takes it. The public builder, the
 * provider's options and the documentation table are all derived from these rows.
 *
 * @param <B> the builder the setting applies to
 * @param <T> the setting's type
 */
public final class Setting<B, T> {
  /** Reads an option's text, throwing {@link IllegalArgumentException} with what was expected. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Reads the text. */
    T parse(String text);
  }

  /**
   * Checks a value, returning it or throwing {@link IllegalArgumentException} saying why not, in
   * words that follow the setting's name ("must be ..., was 0"): the message quotes the value
   * unless it could be a secret.
   */
  @FunctionalInterface
  public interface Check<T> {
    /** Checks the value. */
    T check(T value);
  }

  private final String key;
  private final @Nullable T defaultValue;
  private final String defaultText;
  private final String description;
  private final Parser<T> parser;
  private final Check<T> check;
  private final BiConsumer<B, T> apply;

  private Setting(String key, @Nullable T defaultValue, String defaultText, String description,
      Parser<T> parser, Check<T> check, BiConsumer<B, T> apply) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText;
    this.description = description;
    this.parser = parser;
    this.check = check;
    this.apply = apply;
  }

  /**
   * Defines a setting.
   *
   * @param key the option key
   * @param defaultValue the default, or null when the setting has none
   * @param format how the default is written in option form
   * @param description what it does and which values are valid
   * @param parser reads option text
   * @param check validates a value from either side (option or builder)
   * @param apply the builder method that takes the value
   */
  public static <B, T> Setting<B, T> of(String key, @Nullable T defaultValue,
      Function<T, String> format, String description, Parser<T> parser, Check<T> check,
      BiConsumer<B, T> apply) {
    return new Setting<>(key, defaultValue, defaultValue == null ? "" : format.apply(defaultValue),
        description, parser, check, apply);
  }

  /** The option key, such as {@code timeout}. */
  public String key() {
    return key;
  }

  /** The default, or null when there is none. */
  public @Nullable T defaultValue() {
    return defaultValue;
  }

  /** The default in option form, empty when there is none. */
  public String defaultText() {
    return defaultText;
  }

  /** The provider's description of this option. */
  public GraderOption option() {
    return GraderOption.of(key, description, defaultText);
  }

  /**
   * Validates a value given through the builder.
   *
   * @throws GraderConfigurationException naming the setting and the value
   */
  public T check(T value) {
    Objects.requireNonNull(value, key);
    try {
      return check.check(value);
    } catch (IllegalArgumentException e) {
      throw new GraderConfigurationException(
          "setting '" + key + "' of grader 'llm' " + e.getMessage());
    }
  }

  /**
   * Reads option text and hands the value to the builder.
   *
   * @throws GraderConfigurationException naming the option, quoting the text unless it could be
   *     a secret
   */
  public void applyText(B builder, String text) {
    T value;
    try {
      value = check.check(parser.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new GraderConfigurationException(
          "option '" + key + "' of grader 'llm' " + e.getMessage());
    }
    apply.accept(builder, value);
  }
}
