package io.github.interviewbank.practice;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where attempts are kept. The command line keeps them in SQLite; an embedder implements this
 * interface over their own database, or uses {@link #inMemory()}.
 *
 * <p>Implementations keep one attempt per identity ({@link Attempt#sameAs}): recording an
 * attempt whose question, time and follow-up are already stored changes nothing and returns
 * {@code false}. This makes importing the same export twice harmless.
 *
 * @since 1.0.0
 */
public interface PracticeHistory {

  /**
   * Stores one attempt. When this returns, the attempt is kept: an implementation over a
   * database commits it before returning.
   *
   * @param attempt the attempt; never {@code null}
   * @return {@code true} if it was stored, {@code false} if an attempt with the same identity
   *     was already there
   * @throws java.io.UncheckedIOException or another runtime exception if it cannot be stored
   * @since 1.0.0
   */
  boolean record(Attempt attempt);

  /**
   * {@return every attempt, oldest first (by {@link Attempt#answeredAt()}, ties in the order
   * they were recorded); never {@code null}}
   *
   * @since 1.0.0
   */
  List<Attempt> attempts();

  /**
   * Stores several attempts, skipping those already stored.
   *
   * <p>The default implementation records them one by one; a database may do it in one
   * transaction.
   *
   * @param attempts the attempts; never {@code null}
   * @return how many were stored
   * @since 1.0.0
   */
  default int recordAll(Collection<Attempt> attempts) {
    int added = 0;
    for (Attempt a : Objects.requireNonNull(attempts, "attempts")) {
      if (record(a)) {
        added++;
      }
    }
    return added;
  }

  /**
   * {@return a new empty history held in memory, safe for use by several threads; never {@code
   * null}}
   *
   * @since 1.0.0
   */
  static PracticeHistory inMemory() {
    return new InMemoryHistory();
  }
}
