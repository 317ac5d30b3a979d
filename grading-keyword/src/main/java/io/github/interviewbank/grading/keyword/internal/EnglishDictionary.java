package io.github.interviewbank.grading.keyword.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The set of correctly spelled English words (65,000 lower-case words from SCOWL, see {@code
 * english-words-COPYRIGHT.txt}), held as 64-bit hashes. A word in the set is never "corrected"
 * by misspelling tolerance: "stale" is a word, not a typo of "scale". Loaded on first use.
 * Not part of the API.
 */
final class EnglishDictionary {
  private static final String RESOURCE = "english-words.txt.gz";

  private EnglishDictionary() {}

  /** Lazy holder: the list is read the first time a possible typo needs checking. */
  private static final class Holder {
    static final long[] TABLE = load();
    static final int MASK = TABLE.length - 1;
  }

  /** {@return whether the folded word is a known English word} */
  static boolean contains(String word) {
    return containsHash(hash(word, word.length(), false));
  }

  /** {@return whether {@code text[0, end)} in lower case is a known English word} */
  static boolean containsLowerCased(String text, int end) {
    return containsHash(hash(text, end, true));
  }

  private static boolean containsHash(long h) {
    long[] table = Holder.TABLE;
    int i = (int) (h ^ (h >>> 32)) & Holder.MASK;
    while (true) {
      long v = table[i];
      if (v == 0) {
        return false;
      }
      if (v == h) {
        return true;
      }
      i = (i + 1) & Holder.MASK;
    }
  }

  /**
   * FNV-1a over the UTF-16 units of {@code text[0, end)}, never 0 (0 marks an empty slot). The
   * list's loader computes the same hash over its ASCII bytes.
   */
  private static long hash(String text, int end, boolean lowerCase) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      h ^= lowerCase ? Character.toLowerCase(c) : c;
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  /**
   * Reads the list in one go and hashes its bytes directly (the list is ASCII, one word per line),
   * without a String per word: this runs once, cold, often inside a program's first grade.
   */
  private static long[] load() {
    byte[] bytes;
    try (InputStream raw = EnglishDictionary.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long[] table = new long[1 << 18];
    int mask = table.length - 1;
    long h = 0xcbf29ce484222325L;
    boolean empty = true;
    for (int p = 0; p <= bytes.length; p++) {
      int b = p < bytes.length ? bytes[p] & 0xff : '\n';
      if (b == '\n' || b == '\r') {
        if (!empty) {
          long key = h == 0 ? 1 : h;
          int i = (int) (key ^ (key >>> 32)) & mask;
          while (table[i] != 0 && table[i] != key) {
            i = (i + 1) & mask;
          }
          table[i] = key;
        }
        h = 0xcbf29ce484222325L;
        empty = true;
      } else {
        h ^= b;
        h *= 0x100000001b3L;
        empty = false;
      }
    }
    return table;
  }
}
