package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.QuestionBank;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
              + " characters), was "
              + quote(id));
    }
    return id;
  }

  /**
   * Checks that {@code text} is not null, not blank, no longer than {@link
   * QuestionBank#MAX_STRING_LENGTH} and valid Unicode (no lone surrogate): what the bank format
   * can hold, so that every bank written can be read back.
   */
  public static String notBlank(String text, String what) {
    Objects.requireNonNull(text, what);
    String wrong = blankOrTextProblem(text);
    if (wrong != null) {
      throw new IllegalArgumentException(what + " " + wrong);
    }
    return text;
  }

  /** {@return why {@code text} is not a storable non-blank text, or null when it is} */
  private static @Nullable String blankOrTextProblem(String text) {
    return text.isBlank() ? "must not be blank" : textProblem(text);
  }

  /**
   * {@return why {@code text} cannot be stored in a bank (too long, or a lone surrogate), as a
   * phrase to follow the name of the text; or null when it can}
   */
  public static @Nullable String textProblem(String text) {
    if (text.length() > QuestionBank.MAX_STRING_LENGTH) {
      return String.format(Locale.ROOT, "is %,d characters long; the limit is %,d",
          text.length(), QuestionBank.MAX_STRING_LENGTH);
    }
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      return String.format(Locale.ROOT,
          "holds a lone surrogate (\\u%04x) at character %,d: text must be valid Unicode",
          (int) text.charAt(lone), lone + 1);
    }
    return null;
  }

  /** {@return the index of the first unpaired surrogate in {@code text}, or -1 if none} */
  public static int loneSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The longest text echoed whole in a message. */
  private static final int ECHO_LENGTH = 80;

  /**
   * {@return {@code text} in single quotes for a message, cut after {@value #ECHO_LENGTH}
   * characters with its full length given, so that a hostile megabyte value is not echoed whole}
   */
  public static String quote(String text) {
    if (text.length() <= ECHO_LENGTH) {
      return "'" + text + "'";
    }
    return String.format(Locale.ROOT, "'%s' (%,d characters)", cut(text), text.length());
  }

  /**
   * {@return {@code text}, or its first {@value #ECHO_LENGTH} characters (not splitting a
   * surrogate pair) and {@code ...} when it is longer}
   */
  public static String cut(String text) {
    if (text.length() <= ECHO_LENGTH) {
      return text;
    }
    int end = ECHO_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  /** An unmodifiable copy of {@code items} whose elements are non-blank strings. */
  public static List<String> nonBlankList(Collection<String> items, String what) {
    Objects.requireNonNull(items, what);
    List<String> copy = new ArrayList<>(items.size());
    int i = 0;
    for (String s : items) {
      // The element's name is built only for a failure: a bank has thousands of these elements.
      if (s == null) {
        throw new NullPointerException(what + "[" + i + "]");
      }
      String wrong = blankOrTextProblem(s);
      if (wrong != null) {
        throw new IllegalArgumentException(what + "[" + i + "] " + wrong);
      }
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
      if (item == null) {
        throw new NullPointerException(what + "[" + i + "]");
      }
      copy.add(item);
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
