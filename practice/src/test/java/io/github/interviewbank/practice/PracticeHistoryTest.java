package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeHistoryTest {
  @Test
  void attemptsComeBackOldestFirstWhateverTheOrderTheyWereRecordedIn() {
    PracticeHistory h = PracticeHistory.inMemory();
    Attempt later = Attempts.at("b", 0.5, "2026-11-29T11:00:00Z");
    Attempt earlier = Attempts.at("a", 0.5, "2026-11-29T10:00:00Z");
    h.record(later);
    h.record(earlier);
    assertEquals(List.of(earlier, later), h.attempts());
  }

  @Test
  void anAttemptWithTheSameIdentityIsStoredOnce() {
    PracticeHistory h = PracticeHistory.inMemory();
    Attempt a = Attempts.at("a", 0.5, "2026-11-29T10:00:00Z");
    assertTrue(h.record(a));
    assertFalse(h.record(a.withHintsUsed(1)));
    assertEquals(1, h.attempts().size());
  }

  @Test
  void recordAllCountsOnlyNewAttempts() {
    PracticeHistory h = PracticeHistory.inMemory();
    Attempt a = Attempts.at("a", 0.5, "2026-11-29T10:00:00Z");
    Attempt b = Attempts.at("b", 0.5, "2026-11-29T10:00:00Z");
    h.record(a);
    assertEquals(1, h.recordAll(List.of(a, b)));
    assertEquals(2, h.attempts().size());
  }

  @Test
  void theAttemptListIsASnapshot() {
    PracticeHistory h = PracticeHistory.inMemory();
    List<Attempt> before = h.attempts();
    h.record(Attempts.at("a", 0.5, "2026-11-29T10:00:00Z"));
    assertEquals(0, before.size());
  }
}
