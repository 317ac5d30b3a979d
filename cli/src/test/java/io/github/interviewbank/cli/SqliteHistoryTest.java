package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.practice.Attempt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SqliteHistoryTest {
  private static Attempt attempt(String id, int n) {
    return new Attempt(id, "built-in", Instant.parse("2026-11-01T10:00:00Z").plusSeconds(n),
        Duration.ofSeconds(n), 0.5, Band.ACCEPTABLE,
        Map.of("first", Verdict.COVERED, "second", Verdict.CONTRADICTED), "keyword", n % 3,
        n % 2 == 0 ? Optional.empty() : Optional.of("Why?"), Optional.of("answer " + n));
  }

  @Test
  void anAttemptReadsBackEqual() {
    Path file = Cli.freshDataDir().resolve("history.db");
    Attempt a = attempt("q", 1);
    try (SqliteHistory h = SqliteHistory.open(file)) {
      h.record(a);
    }
    try (SqliteHistory h = SqliteHistory.open(file)) {
      assertEquals(List.of(a), h.attempts());
    }
  }

  @Test
  void twoSessionsWritingAtOnceKeepEveryAttempt() throws Exception {
    Path file = Cli.freshDataDir().resolve("history.db");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> writers = new ArrayList<>();
      for (String id : List.of("a", "b")) {
        writers.add(pool.submit(() -> {
          int added = 0;
          try (SqliteHistory h = SqliteHistory.open(file)) {
            for (int n = 0; n < 100; n++) {
              added += h.record(attempt(id, n)) ? 1 : 0;
            }
          }
          return added;
        }));
      }
      for (Future<Integer> w : writers) {
        assertEquals(100, w.get());
      }
    } finally {
      pool.shutdown();
    }
    try (SqliteHistory h = SqliteHistory.open(file)) {
      assertEquals(200, h.attempts().size());
    }
  }
}
