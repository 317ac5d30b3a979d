package io.github.interviewbank.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@link PracticeHistory#inMemory()}: a list kept in time order, guarded by its monitor. */
final class InMemoryHistory implements PracticeHistory {
  private final List<Attempt> attempts = new ArrayList<>();

  @Override
  public synchronized boolean record(Attempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    for (Attempt a : attempts) {
      if (a.sameAs(attempt)) {
        return false;
      }
    }
    attempts.add(attempt);
    // A stable sort keeps attempts at the same instant in the order they were recorded.
    attempts.sort(Comparator.comparing(Attempt::answeredAt));
    return true;
  }

  @Override
  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }
}
