package io.github.interviewbank.grading.keyword.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The set of correctly spelled English words (65,000 lower-case words from SCOWL, see {@code
 * english-words-COPYRIGHT.txt}). A word in the set is never "corrected" by misspelling
 * tolerance: "stale" is a word, not a typo of "scale". Loaded on first use. Not part of the API.
 *
 * <p>The list is kept as its own bytes (ASCII, one word a line, each line ending in {@code \n},
 * sorted by byte value) and searched by bisection, a line at a time. Looking a word up costs
 * about 17 comparisons instead of one hash probe, but loading costs only the inflation: words
 * are looked up rarely (once per distinct word a process meets, and for the first word of a
 * key point), while hashing all 65,000 of them into a table took longer, on the first grade of
 * a process, than every look-up of a long run.
 */
final class EnglishDictionary {
  private static final String RESOURCE = "english-words.txt.gz";

  private EnglishDictionary() {}

  /** Lazy holder: the list is read the first time a possible typo needs checking. */
  private static final class Holder {
    static final byte[] WORDS = load();
  }

  /** {@return whether the folded word is a known English word} */
  static boolean contains(String word) {
    return contains(word, word.length(), false);
  }

  /** {@return whether {@code text[0, end)} in lower case is a known English word} */
  static boolean containsLowerCased(String text, int end) {
    return contains(text, end, true);
  }

  /**
   * Bisects the lines of the list. {@code from} is always the start of a line and {@code to}
   * the start of a line or the end of the list, so a line found from a position between them
   * lies between them too.
   */
  private static boolean contains(String text, int end, boolean lowerCase) {
    if (end == 0) {
      return false;
    }
    byte[] words = Holder.WORDS;
    int from = 0;
    int to = words.length;
    while (from < to) {
      int start = (from + to) >>> 1;
      while (start > from && words[start - 1] != '\n') {
        start--;
      }
      int stop = start;
      while (stop < to && words[stop] != '\n') {
        stop++;
      }
      int order = compare(text, end, lowerCase, words, start, stop);
      if (order == 0) {
        return true;
      }
      if (order < 0) {
        to = start;
      } else {
        from = stop + 1;
      }
    }
    return false;
  }

  /**
   * Compares {@code text[0, end)} (in lower case if asked) with the word {@code words[start,
   * stop)} by UTF-16 unit against unsigned byte, the order the list is sorted in: negative when
   * the text comes first.
   */
  private static int compare(String text, int end, boolean lowerCase, byte[] words, int start,
      int stop) {
    int n = Math.min(end, stop - start);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int d = (lowerCase ? Character.toLowerCase(c) : c) - (words[start + i] & 0xff);
      if (d != 0) {
        return d;
      }
    }
    return end - (stop - start);
  }

  /** Reads the list in one go: the bytes are the table. */
  private static byte[] load() {
    try (InputStream raw = EnglishDictionary.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new GZIPInputStream(raw, 1 << 16).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
