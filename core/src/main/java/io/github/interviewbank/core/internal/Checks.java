package io.github.interviewbank.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Argument checks shared by the value types. Not part of the API: do not use.
 */
public final class Checks {
  /** Lower-case letters and digits in groups joined by single hyphens: the documented rule. */
  static final String KEBAB = "[a-z0-9]+(?:-[a-z0-9]+)*";

  /** The longest id the format accepts. */
  public static final int MAX_ID_LENGTH = 64;

  private Checks() {}

  /** {@return whether {@code id} is a valid kebab-case id} (as {@link #KEBAB}, by hand: fast) */
  public static boolean isKebabId(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_ID_LENGTH || id.charAt(0) == '-' || id.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (c == '-' && id.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Checks that {@code id} is a kebab-case id; {@code what} names it in the message. */
  public static String kebabId(String id, String what) {
    Objects.requireNonNull(id, what);
    if (!isKebabId(id)) {
      throw new IllegalArgumentException(
          what
              + " must be kebab-case (lower-case letters and digits joined by single hyphens, at"
              + " most "
              + MAX_ID_LENGTH
              + " characters), was '"
              + id
              + "'");
    }
    return id;
  }

  /** Checks that {@code text} is not null and not blank. */
  public static String notBlank(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  /** An unmodifiable copy of {@code items} whose elements are non-blank strings. */
  public static List<String> nonBlankList(Collection<String> items, String what) {
    Objects.requireNonNull(items, what);
    List<String> copy = new ArrayList<>(items.size());
    int i = 0;
    for (String s : items) {
      notBlank(s, what + "[" + i + "]");
      copy.add(s);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /** An unmodifiable copy of {@code items}, rejecting null elements. */
  public static <T> List<T> copy(Collection<? extends T> items, String what) {
    Objects.requireNonNull(items, what);
    List<T> copy = new ArrayList<>(items.size());
    int i = 0;
    for (T item : items) {
      copy.add(Objects.requireNonNull(item, what + "[" + i + "]"));
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /** Throws when two elements of {@code ids} are equal; {@code what} names the kind of id. */
  public static void unique(Collection<String> ids, String what) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate " + what + " '" + id + "'");
      }
    }
  }
}
