package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed phrasing pattern: how a key point's {@linkplain KeyPoint#phrasings() phrasings} and
 * {@linkplain KeyPoint#contradictions() contradictions} are written in a bank.
 *
 * <p>The syntax, documented with examples in {@code docs/bank-format.md}:
 *
 * <ul>
 *   <li>{@code w1 w2 w3}: a phrase, the words in this order and close together;
 *   <li>{@code a|b}: alternatives at one word position;
 *   <li>{@code ~w1 w2}: the words in any order;
 *   <li>{@code p1 & p2}: both sub-patterns in the same sentence;
 *   <li>{@code word*}: any word starting with {@code word} (at least 3 characters before the star);
 *   <li>{@code =word}: exactly this word, without stemming or misspelling tolerance.
 * </ul>
 *
 * <p>This type only describes the structure; how words are compared with an answer (stemming,
 * synonyms, proximity, negation) is up to each grader. Instances are immutable and thread-safe.
 *
 * @since 1.0.0
 */
public final class MatchPattern {
  /** The longest pattern source accepted, in characters. */
  public static final int MAX_LENGTH = 300;

  private final String source;
  private final List<Sequence> sequences;

  private MatchPattern(String source, List<Sequence> sequences) {
    this.source = source;
    this.sequences = sequences;
  }

  /**
   * Parses a pattern.
   *
   * @param source the pattern text; never {@code null}
   * @return the parsed pattern, never {@code null}
   * @throws NullPointerException if {@code source} is {@code null}
   * @throws IllegalArgumentException if the text is not a valid pattern; the message says why
   * @since 1.0.0
   */
  public static MatchPattern parse(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("pattern is blank");
    }
    if (source.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "pattern is longer than " + MAX_LENGTH + " characters (" + source.length() + ")");
    }
    List<Sequence> sequences = new ArrayList<>();
    for (String part : source.split("&", -1)) {
      sequences.add(parseSequence(part.strip(), source));
    }
    return new MatchPattern(source, List.copyOf(sequences));
  }

  /**
   * Whether {@link #parse} accepts {@code source}, decided in one pass without building the
   * pattern: banks check thousands of patterns when they load, most of them valid, and need only
   * the verdict. A pattern this rejects is parsed for its message; a property test checks that
   * both always agree.
   */
  static boolean isValid(String source) {
    int n = source.length();
    if (n > MAX_LENGTH || source.isBlank()) {
      return false;
    }
    int from = 0;
    while (true) {
      int and = source.indexOf('&', from);
      int to = and < 0 ? n : and;
      if (!isValidSequence(source, from, to)) {
        return false;
      }
      if (and < 0) {
        return true;
      }
      from = and + 1;
    }
  }

  /** Whether the sub-pattern {@code source[from, to)} is valid, as {@link #parseSequence}. */
  private static boolean isValidSequence(String source, int from, int to) {
    int start = skipWhitespace(source, from, to);
    int end = to;
    while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    if (start < end && source.charAt(start) == '~') {
      start = skipWhitespace(source, start + 1, end);
    }
    if (start == end) {
      return false;
    }
    int i = start;
    while (i < end) {
      int wordStart = i;
      while (i < end && !Character.isWhitespace(source.charAt(i))) {
        i++;
      }
      int alternativeStart = wordStart;
      for (int a = wordStart; a <= i; a++) {
        if (a == i || source.charAt(a) == '|') {
          if (!isValidWord(source, alternativeStart, a)) {
            return false;
          }
          alternativeStart = a + 1;
        }
      }
      i = skipWhitespace(source, i, end);
    }
    return true;
  }

  /** Whether the alternative {@code source[from, to)} is valid, as {@link #parseWord}. */
  private static boolean isValidWord(String source, int from, int to) {
    if (from == to) {
      return false;
    }
    int start = source.charAt(from) == '=' ? from + 1 : from;
    int end = to;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '~') {
        return false;
      }
      if (c == '*' && end == to) {
        end = i;
      }
    }
    if (end < to) {
      // A prefix: one star, last, not after '=', with three characters before it.
      if (start > from || end != to - 1 || source.codePointCount(start, end) < 3) {
        return false;
      }
    }
    return hasLetterOrDigit(source, start, end);
  }

  private static int skipWhitespace(String source, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Sequence parseSequence(String part, String source) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("empty sub-pattern around '&' in '" + source + "'");
    }
    boolean anyOrder = part.startsWith("~");
    String body = anyOrder ? part.substring(1).strip() : part;
    if (body.isEmpty()) {
      throw new IllegalArgumentException("'~' must be followed by words in '" + source + "'");
    }
    List<Slot> slots = new ArrayList<>();
    // Words are separated by white space; scanned by hand, as a regular expression here would be
    // compiled for every pattern of every bank.
    int i = 0;
    int n = body.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (i > start) {
        List<Word> alternatives = new ArrayList<>(2);
        for (String alternative : body.substring(start, i).split("\\|", -1)) {
          alternatives.add(parseWord(alternative, source));
        }
        slots.add(new Slot(alternatives));
      }
    }
    return new Sequence(slots, anyOrder);
  }

  private static Word parseWord(String text, String source) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty alternative around '|' in '" + source + "'");
    }
    if (text.indexOf('~') >= 0) {
      throw new IllegalArgumentException(
          "'~' may only start a sub-pattern, found in '" + text + "' in '" + source + "'");
    }
    WordKind kind = WordKind.STEMMED;
    String word = text;
    if (word.startsWith("=")) {
      kind = WordKind.EXACT;
      word = word.substring(1);
    }
    int star = word.indexOf('*');
    if (star >= 0) {
      if (kind == WordKind.EXACT) {
        throw new IllegalArgumentException(
            "'=' and '*' cannot be combined in '" + text + "' in '" + source + "'");
      }
      if (star != word.length() - 1) {
        throw new IllegalArgumentException(
            "'*' may only end a word, found in '" + text + "' in '" + source + "'");
      }
      word = word.substring(0, star);
      if (word.codePointCount(0, word.length()) < 3) {
        throw new IllegalArgumentException(
            "a prefix needs at least 3 characters before '*', found '"
                + text
                + "' in '"
                + source
                + "'");
      }
      kind = WordKind.PREFIX;
    }
    if (!hasLetterOrDigit(word)) {
      throw new IllegalArgumentException(
          "'" + text + "' has no letter or digit in '" + source + "'");
    }
    return new Word(word, kind);
  }

  private static boolean hasLetterOrDigit(String text) {
    return hasLetterOrDigit(text, 0, text.length());
  }

  /** Whether {@code text[from, to)} holds a letter or digit, read by code point. */
  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@return the text this pattern was parsed from, never {@code null}}
   *
   * @since 1.0.0
   */
  public String source() {
    return source;
  }

  /**
   * {@return the sub-patterns joined by {@code &}: all must match within one sentence; never
   * {@code null} or empty, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<Sequence> sequences() {
    return sequences;
  }

  /** Two patterns are equal when their sources are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MatchPattern other && other.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  /** {@return the pattern's source text} */
  @Override
  public String toString() {
    return source;
  }

  /**
   * How a pattern word is compared with an answer's words.
   *
   * @since 1.0.0
   */
  public enum WordKind {
    /** The word after analysis (stemming, synonyms, misspelling tolerance). */
    STEMMED,
    /** Any word starting with the given text ({@code word*}). */
    PREFIX,
    /** Exactly the word as written, ignoring case ({@code =word}). */
    EXACT
  }

  /**
   * One word of a pattern.
   *
   * @param text the word without its {@code =} or {@code *} marker; never {@code null}, and holds
   *     at least one letter or digit
   * @param kind how the word is compared; never {@code null}
   * @since 1.0.0
   */
  public record Word(String text, WordKind kind) {
    /**
     * Validates the components.
     *
     * @param text the word without its {@code =} or {@code *} marker; never {@code null}, and holds
     *     at least one letter or digit
     * @param kind how the word is compared; never {@code null}
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code text} has no letter or digit
     * @since 1.0.0
     */
    public Word {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      if (!hasLetterOrDigit(text)) {
        throw new IllegalArgumentException("word '" + text + "' has no letter or digit");
      }
    }
  }

  /**
   * One word position of a sequence and its alternatives ({@code a|b}).
   *
   * @param alternatives the words that may stand at this position; never {@code null} or empty
   * @since 1.0.0
   */
  public record Slot(List<Word> alternatives) {
    /**
     * Validates and copies the alternatives.
     *
     * @param alternatives the words that may stand at this position; never {@code null} or empty
     * @throws NullPointerException if the list or an element is {@code null}
     * @throws IllegalArgumentException if the list is empty
     * @since 1.0.0
     */
    public Slot {
      alternatives = Checks.copy(alternatives, "alternatives");
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("a slot needs at least one alternative");
      }
    }
  }

  /**
   * Words that must appear close together, in order unless {@code anyOrder}.
   *
   * @param slots the word positions; never {@code null} or empty
   * @param anyOrder whether the words may appear in any order ({@code ~})
   * @since 1.0.0
   */
  public record Sequence(List<Slot> slots, boolean anyOrder) {
    /**
     * Validates and copies the slots.
     *
     * @param slots the word positions; never {@code null} or empty
     * @param anyOrder whether the words may appear in any order ({@code ~})
     * @throws NullPointerException if the list or an element is {@code null}
     * @throws IllegalArgumentException if the list is empty
     * @since 1.0.0
     */
    public Sequence {
      slots = Checks.copy(slots, "slots");
      if (slots.isEmpty()) {
        throw new IllegalArgumentException("a sequence needs at least one slot");
      }
    }
  }
}
