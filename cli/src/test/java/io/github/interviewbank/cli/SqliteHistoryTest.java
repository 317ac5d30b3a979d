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
import java.util.concurrent.CyclicBarrier;
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

  /** Opens the history, records {@code count} attempts at question {@code id}, says how many. */
  private static int session(Path file, String id, int count) {
    int added = 0;
    try (SqliteHistory h = SqliteHistory.open(file)) {
      for (int n = 0; n < count; n++) {
        added += h.record(attempt(id, n)) ? 1 : 0;
      }
    }
    return added;
  }

  @Test
  void twoSessionsWritingAtOnceKeepEveryAttempt() throws Exception {
    Path file = Cli.freshDataDir().resolve("history.db");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> writers = new ArrayList<>();
      for (String id : List.of("a", "b")) {
        writers.add(pool.submit(() -> session(file, id, 100)));
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

  /**
   * Sessions that create the history at the same moment: switching a new file to WAL mode takes a
   * lock SQLite's busy handler does not wait for, and the ownership check once read the header
   * and the tables in two snapshots. Before the fix, either one made this test fail in every run
   * tried.
   */
  @Test
  void sessionsCreatingTheFileAtOnceAllOpenIt() throws Exception {
    int sessions = 4;
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    try {
      for (int round = 0; round < 60; round++) {
        Path file = Cli.freshDataDir().resolve("history.db");
        CyclicBarrier start = new CyclicBarrier(sessions);
        List<Future<Integer>> opened = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
          String id = "q" + s;
          opened.add(pool.submit(() -> {
            start.await();
            return session(file, id, 5);
          }));
        }
        for (Future<Integer> o : opened) {
          assertEquals(5, o.get(), "round " + round);
        }
        try (SqliteHistory h = SqliteHistory.open(file)) {
          assertEquals(5 * sessions, h.attempts().size(), "round " + round);
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
