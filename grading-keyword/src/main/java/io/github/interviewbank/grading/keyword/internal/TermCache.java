package io.github.interviewbank.grading.keyword.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Per compiled question: the terms each word of the vocabulary stands for (stem, exact word,
 * prefix and misspelling matches together), computed the first time an answer uses the word.
 * Lock-free; at most {@value #CAPACITY} words are remembered, later ones are recomputed each time.
 * Not part of the API.
 */
final class TermCache {
  static final int CAPACITY = 1 << 12;
  private static final int MASK = CAPACITY - 1;
  private static final int PROBES = 8;

  /** A word and its terms; immutable, so safely published through the array. */
  private static final class Slot {
    final Vocabulary.Entry word;
    final int[] terms;

    Slot(Vocabulary.Entry word, int[] terms) {
      this.word = word;
      this.terms = terms;
    }
  }

  private final AtomicReferenceArray<@Nullable Slot> slots = new AtomicReferenceArray<>(CAPACITY);

  /** {@return the cached terms of {@code word}, or null if not cached} */
  int @Nullable [] get(Vocabulary.Entry word) {
    int i = word.hash & MASK;
    for (int p = 0; p < PROBES; p++) {
      Slot s = slots.get((i + p) & MASK);
      if (s == null) {
        return null;
      }
      if (s.word == word) {
        return s.terms;
      }
    }
    return null;
  }

  /** Remembers the terms of {@code word} if there is room near its slot. */
  void put(Vocabulary.Entry word, int[] terms) {
    int i = word.hash & MASK;
    Slot fresh = new Slot(word, terms);
    for (int p = 0; p < PROBES; p++) {
      int at = (i + p) & MASK;
      Slot s = slots.get(at);
      if (s == null) {
        if (slots.compareAndSet(at, null, fresh)) {
          return;
        }
        s = slots.get(at);
      }
      if (s != null && s.word == word) {
        return;
      }
    }
  }
}
