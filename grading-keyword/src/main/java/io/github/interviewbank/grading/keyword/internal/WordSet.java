package io.github.interviewbank.grading.keyword.internal;

/**
 * An immutable set of words, for the word lists the analysis checks on every token: membership
 * costs one masked probe on the word's cached hash (an immutable {@code Set.of} set divides to
 * find its slot). Not part of the API.
 */
final class WordSet {
  private final String[] table;
  /** The hash of each slot's word: most probes are decided without comparing characters. */
  private final int[] hashes;
  private final int mask;

  private WordSet(String[] table) {
    this.table = table;
    this.hashes = new int[table.length];
    this.mask = table.length - 1;
  }

  /**
   * {@return the set of {@code words}}
   *
   * @throws IllegalArgumentException if a word repeats
   */
  static WordSet of(String... words) {
    // A power of two at least twice the size: short probe runs, and always a free slot.
    String[] table = new String[Integer.highestOneBit(Math.max(1, words.length) * 2) * 2];
    WordSet set = new WordSet(table);
    for (String word : words) {
      int i = set.slot(word);
      if (table[i] != null) {
        throw new IllegalArgumentException("duplicate word: " + word);
      }
      table[i] = word;
      set.hashes[i] = word.hashCode();
    }
    return set;
  }

  boolean contains(String word) {
    return table[slot(word)] != null;
  }

  /**
   * Whether the word {@code chars[from, to)} is in the set, found as {@link #contains(String)}
   * finds it (the same hash) without making a string of it.
   */
  boolean contains(char[] chars, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + chars[k];
    }
    for (int i = (h ^ (h >>> 16)) & mask; table[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && sameChars(table[i], chars, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameChars(String word, char[] chars, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** {@return the slot that holds {@code word}, or the free slot where it would go} */
  private int slot(String word) {
    int h = word.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    while (table[i] != null && (hashes[i] != h || !table[i].equals(word))) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
