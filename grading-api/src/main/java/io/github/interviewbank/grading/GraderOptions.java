package io.github.interviewbank.grading;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * String options for creating a grader, with typed accessors whose errors name the grader, the
 * key and the bad value. Immutable.
 *
 * <pre>{@code
 * double proximity = options.getInt("proximity", 3, 0, 10);  // "proximity" absent -> 3
 * }</pre>
 *
 * @since 1.0.0
 */
public final class GraderOptions {
  private static final GraderOptions EMPTY = new GraderOptions("grader", Map.of());

  private final String graderName;
  private final Map<String, String> values;

  private GraderOptions(String graderName, Map<String, String> values) {
    this.graderName = graderName;
    this.values = values;
  }

  /**
   * {@return no options, never {@code null}}
   *
   * @since 1.0.0
   */
  public static GraderOptions empty() {
    return EMPTY;
  }

  /**
   * Creates options for the named grader.
   *
   * @param graderName the provider name, used in error messages; never {@code null}
   * @param values the options; never {@code null}, no {@code null} keys or values
   * @return the options, never {@code null}
   * @since 1.0.0
   */
  public static GraderOptions of(String graderName, Map<String, String> values) {
    Objects.requireNonNull(graderName, "graderName");
    Map<String, String> copy = new TreeMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"),
        Objects.requireNonNull(v, "value of " + k)));
    return new GraderOptions(graderName, Collections.unmodifiableMap(copy));
  }

  /**
   * {@return the name of the grader these options are for, never {@code null}}
   *
   * @since 1.0.0
   */
  public String graderName() {
    return graderName;
  }

  /**
   * {@return all options, sorted by key; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * {@return the raw value of an option, or empty when absent}
   *
   * @param key the option's key; never {@code null}
   * @since 1.0.0
   */
  public Optional<String> get(String key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(values.get(key));
  }

  /**
   * Throws if any option's key is not among {@code known}.
   *
   * @param known the keys the grader accepts; never {@code null}, no {@code null} elements
   * @throws NullPointerException if {@code known} or one of its keys is {@code null}
   * @throws GraderConfigurationException naming the first unknown key and listing the known ones
   * @since 1.0.0
   */
  public void requireKnownKeys(Collection<String> known) {
    Set<String> accepted = new TreeSet<>(Lists.copyOf(known, "known"));
    for (String key : values.keySet()) {
      if (!accepted.contains(key)) {
        throw new GraderConfigurationException(
            "grader '" + graderName + "' has no option '" + key + "'"
                + (accepted.isEmpty() ? " (it takes no options)" : "; its options are "
                + String.join(", ", accepted)));
      }
    }
  }

  /**
   * Reads a decimal option.
   *
   * @param key the option's key; never {@code null}
   * @param defaultValue the value when the option is absent
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value, never NaN
   * @throws GraderConfigurationException if the value is not a number within [min, max]
   * @since 1.0.0
   */
  public double getDouble(String key, double defaultValue, double min, double max) {
    String raw = values.get(Objects.requireNonNull(key, "key"));
    if (raw == null) {
      return defaultValue;
    }
    double value;
    try {
      value = Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value >= min && value <= max)) {
      throw bad(key, raw, "a number from " + min + " to " + max);
    }
    return value;
  }

  /**
   * Reads an integer option.
   *
   * @param key the option's key; never {@code null}
   * @param defaultValue the value when the option is absent
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value
   * @throws GraderConfigurationException if the value is not an integer within [min, max]
   * @since 1.0.0
   */
  public int getInt(String key, int defaultValue, int min, int max) {
    String raw = values.get(Objects.requireNonNull(key, "key"));
    if (raw == null) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(key, raw, "an integer from " + min + " to " + max);
  }

  /**
   * Reads a boolean option: {@code true} or {@code false}, ignoring case.
   *
   * @param key the option's key; never {@code null}
   * @param defaultValue the value when the option is absent
   * @return the value
   * @throws GraderConfigurationException if the value is neither {@code true} nor {@code false}
   * @since 1.0.0
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    String raw = values.get(Objects.requireNonNull(key, "key"));
    if (raw == null) {
      return defaultValue;
    }
    String v = raw.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw bad(key, raw, "true or false");
  }

  private GraderConfigurationException bad(String key, String raw, String expected) {
    return new GraderConfigurationException(
        "option '" + key + "' of grader '" + graderName + "' must be " + expected + ", was '"
            + raw + "'");
  }

  @Override
  public String toString() {
    return graderName + values;
  }
}
