package io.github.interviewbank.grading.keyword.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;

/**
 * Per compiled question: the terms each word of the vocabulary stands for (stem, exact word,
 * prefix and misspelling matches together), computed the first time an answer uses the word.
 * Indexed by the word's {@link Vocabulary.Entry#id}, so that a look-up is one array read: the
 * array grows to the highest id an answer used, at most {@link Vocabulary#MAX_ENTRIES} (128 KB).
 * Words the vocabulary did not remember (id -1) are not cached. Reads are lock-free; growing and
 * writing take the cache's lock. Not part of the API.
 */
final class TermCache {
  /** Reads and writes of the arrays' elements, with the ordering that publishes the terms. */
  private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(int[][].class);

  private volatile int[][] byId = new int[256][];

  /** {@return the cached terms of {@code word}, or null if not cached} */
  int @Nullable [] get(Vocabulary.Entry word) {
    int id = word.id;
    int[][] terms = byId;
    return id >= 0 && id < terms.length ? (int[]) ELEMENT.getAcquire(terms, id) : null;
  }

  /** Remembers the terms of {@code word} if the vocabulary remembered the word. */
  void put(Vocabulary.Entry word, int[] terms) {
    int id = word.id;
    if (id < 0) {
      return;
    }
    synchronized (this) {
      int[][] current = byId;
      if (id >= current.length) {
        int[][] bigger = new int[Math.max(id + 1, Math.min(current.length * 2,
            Vocabulary.MAX_ENTRIES))][];
        // The lock orders this copy after every earlier write.
        System.arraycopy(current, 0, bigger, 0, current.length);
        ELEMENT.setRelease(bigger, id, terms);
        byId = bigger;
        return;
      }
      ELEMENT.setRelease(current, id, terms);
    }
  }
}
