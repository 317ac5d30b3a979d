package io.github.interviewbank.cli;

import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.practice.Attempt;
import io.github.interviewbank.practice.PracticeHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The command line's practice history: a SQLite database in WAL mode with a busy timeout, so that
 * two sessions at once wait for each other rather than fail, and one transaction per attempt, so
 * that a killed session loses at most the attempt it was saving.
 *
 * <p>The schema is versioned by {@code PRAGMA user_version} and marked as ours by {@code PRAGMA
 * application_id}; {@link #MIGRATIONS} bring an older file up to {@link #SCHEMA_VERSION} in one
 * transaction. A newer file, a file that is not ours, a corrupt file or one that cannot be written
 * gives a {@link HistoryUnavailableException} with a one-line message.
 */
final class SqliteHistory implements PracticeHistory, AutoCloseable {
  /** "IBNK": marks the file as an interview-bank history. */
  static final int APPLICATION_ID = 0x49424E4B;

  /** How long a writer waits for another session's lock before giving up, in milliseconds. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  /** The statements that bring the schema from version {@code i} to {@code i + 1}. */
  private static final List<List<String>> MIGRATIONS = List.of(List.of(
      "CREATE TABLE attempt ("
          + " id INTEGER PRIMARY KEY,"
          + " question_id TEXT NOT NULL,"
          + " bank TEXT NOT NULL,"
          + " answered_at INTEGER NOT NULL," // milliseconds since 1970-01-01T00:00Z
          + " time_taken_ms INTEGER NOT NULL,"
          + " score REAL NOT NULL,"
          + " band TEXT NOT NULL,"
          + " grader TEXT NOT NULL,"
          + " hints_used INTEGER NOT NULL,"
          + " follow_up TEXT NOT NULL DEFAULT ''," // '' for the question itself
          + " answer TEXT," // NULL when answers are not kept
          + " UNIQUE (question_id, answered_at, follow_up))",
      "CREATE INDEX attempt_by_time ON attempt (answered_at, id)",
      "CREATE TABLE key_point ("
          + " attempt_id INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,"
          + " position INTEGER NOT NULL,"
          + " key_point_id TEXT NOT NULL,"
          + " verdict TEXT NOT NULL,"
          + " PRIMARY KEY (attempt_id, position)) WITHOUT ROWID"));

  /** The schema version this build writes and reads. */
  static final int SCHEMA_VERSION = MIGRATIONS.size();

  private final Path file;
  private final Connection connection;

  private SqliteHistory(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the history at {@code file}, creating the folder, the file and the schema when missing.
   *
   * @throws HistoryUnavailableException if it cannot be used
   */
  static SqliteHistory open(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    try {
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // The folder, or a folder on its way, is a file.
      throw new HistoryUnavailableException("cannot create the folder " + folder + " ("
          + (e.getFile() == null ? folder : e.getFile()) + " is a file)", e);
    } catch (IOException e) {
      throw new HistoryUnavailableException(
          "cannot create the folder " + folder + " (" + FileProblem.reason(e) + ")", e);
    }
    if (Files.isDirectory(file)) {
      throw new HistoryUnavailableException(file + " is a folder, not a practice history");
    }
    Connection c = null;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
      config.enforceForeignKeys(true);
      c = config.createConnection("jdbc:sqlite:" + file);
      SqliteHistory history = new SqliteHistory(file, c);
      history.prepare();
      return history;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new HistoryUnavailableException(file + " cannot be used (" + reason(e) + ")", e);
    } catch (HistoryUnavailableException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private void prepare() throws SQLException {
    try (Statement s = connection.createStatement()) {
      // Reading the header first tells a file that is not a database from one we cannot write.
      // One read transaction sees the header and the tables of one moment: read one by one, they
      // could straddle another session's migration and make our own file look foreign.
      s.execute("BEGIN");
      try {
        checkOurs(s);
      } catch (SQLException | RuntimeException e) {
        rollBack(s, e);
        throw e;
      }
      s.execute("COMMIT");
      enterWalMode(s);
      migrate(s);
    }
  }

  /** Throws unless the file is empty or an interview-bank history this build can read. */
  private void checkOurs(Statement s) throws SQLException {
    int version = intPragma(s, "user_version");
    int application = intPragma(s, "application_id");
    if (version > SCHEMA_VERSION) {
      throw new HistoryUnavailableException(file + " was written by a newer interview-bank"
          + " (history schema " + version + "; this one reads up to " + SCHEMA_VERSION + ")");
    }
    if (application != APPLICATION_ID && (version != 0 || hasTables(s))) {
      throw new HistoryUnavailableException(
          file + " is a SQLite database, but not an interview-bank practice history");
    }
  }

  /**
   * Switches the file to WAL mode, waiting up to {@link #BUSY_TIMEOUT_MILLIS} for other sessions.
   * SQLite does not call the busy handler for the exclusive lock this switch needs, so two
   * sessions creating the file at once would otherwise fail with "database is locked".
   */
  private void enterWalMode(Statement s) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
    while (true) {
      try {
        s.execute("PRAGMA journal_mode=WAL");
        return;
      } catch (SQLiteException e) {
        if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HistoryUnavailableException(
            "interrupted while waiting for another session to release " + file, e);
      }
    }
  }

  private void migrate(Statement s) throws SQLException {
    // BEGIN IMMEDIATE takes the write lock first, so two sessions starting at once migrate once.
    s.execute("BEGIN IMMEDIATE");
    try {
      checkOurs(s); // again under the lock: another program may have written the file meanwhile
      int version = intPragma(s, "user_version");
      for (int v = version; v < SCHEMA_VERSION; v++) {
        for (String sql : MIGRATIONS.get(v)) {
          s.execute(sql);
        }
      }
      if (version < SCHEMA_VERSION) {
        s.execute("PRAGMA application_id=" + APPLICATION_ID);
        s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
      }
      s.execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollBack(s, e);
      throw e;
    }
  }

  /** Ends the failed transaction; a failure to do so is kept with the failure that caused it. */
  private static void rollBack(Statement s, Exception cause) {
    try {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static int intPragma(Statement s, String name) throws SQLException {
    try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static boolean hasTables(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      return r.next() && r.getInt(1) > 0;
    }
  }

  Path file() {
    return file;
  }

  @Override
  public boolean record(Attempt attempt) {
    return recordAll(List.of(attempt)) == 1;
  }

  /** Stores the attempts in one transaction: all of them, or none when anything fails. */
  @Override
  public int recordAll(Collection<Attempt> attempts) {
    try {
      connection.setAutoCommit(false);
      int added = 0;
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attempt"
              + " (question_id, bank, answered_at, time_taken_ms, score, band, grader,"
              + " hints_used, follow_up, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING", Statement.RETURN_GENERATED_KEYS);
          PreparedStatement point = connection.prepareStatement("INSERT INTO key_point"
              + " (attempt_id, position, key_point_id, verdict) VALUES (?, ?, ?, ?)")) {
        for (Attempt a : attempts) {
          insert.setString(1, a.questionId());
          insert.setString(2, a.bankId());
          insert.setLong(3, a.answeredAt().toEpochMilli());
          insert.setLong(4, a.timeTaken().toMillis());
          insert.setDouble(5, a.score());
          insert.setString(6, a.band().label());
          insert.setString(7, a.graderId());
          insert.setInt(8, a.hintsUsed());
          insert.setString(9, a.followUp().orElse(""));
          insert.setString(10, a.answer().orElse(null));
          if (insert.executeUpdate() == 0) {
            continue;
          }
          long id;
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
          int position = 0;
          for (Map.Entry<String, Verdict> e : a.keyPoints().entrySet()) {
            point.setLong(1, id);
            point.setInt(2, position++);
            point.setString(3, e.getKey());
            point.setString(4, e.getValue().id());
            point.addBatch();
          }
          point.executeBatch();
          added++;
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
      return added;
    } catch (SQLException e) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new HistoryUnavailableException("cannot save to " + file + " (" + reason(e) + ")", e);
    }
  }

  @Override
  public List<Attempt> attempts() {
    try (Statement s = connection.createStatement()) {
      Map<Long, Map<String, Verdict>> points = new HashMap<>();
      try (ResultSet r = s.executeQuery("SELECT attempt_id, key_point_id, verdict FROM key_point"
          + " ORDER BY attempt_id, position")) {
        while (r.next()) {
          long id = r.getLong(1);
          String verdict = r.getString(3);
          points.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.getString(2),
              Verdict.fromId(verdict).orElseThrow(() -> bad(id, "verdict '" + verdict + "'")));
        }
      }
      List<Attempt> attempts = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT id, question_id, bank, answered_at,"
          + " time_taken_ms, score, band, grader, hints_used, follow_up, answer FROM attempt"
          + " ORDER BY answered_at, id")) {
        while (r.next()) {
          long id = r.getLong(1);
          attempts.add(attempt(r, id, points.getOrDefault(id, Map.of())));
        }
      }
      return attempts;
    } catch (SQLException e) {
      throw new HistoryUnavailableException("cannot read " + file + " (" + reason(e) + ")", e);
    }
  }

  private Attempt attempt(ResultSet r, long id, Map<String, Verdict> points) throws SQLException {
    String band = r.getString(7);
    String followUp = r.getString(10);
    try {
      return new Attempt(r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)),
          Duration.ofMillis(r.getLong(5)), r.getDouble(6), band(id, band), points,
          r.getString(8), r.getInt(9),
          followUp == null || followUp.isEmpty() ? Optional.empty() : Optional.of(followUp),
          Optional.ofNullable(r.getString(11)));
    } catch (IllegalArgumentException e) {
      throw bad(id, String.valueOf(e.getMessage()));
    }
  }

  private Band band(long id, @org.jspecify.annotations.Nullable String label) {
    for (Band b : Band.values()) {
      if (b.label().equals(label)) {
        return b;
      }
    }
    throw bad(id, "band '" + label + "'");
  }

  private HistoryUnavailableException bad(long id, String what) {
    return new HistoryUnavailableException(file + ": attempt " + id + " has an invalid " + what);
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(@org.jspecify.annotations.Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing a connection we no longer use: nothing to report.
      }
    }
  }

  /** The gist of an exception, without SQLite's error-code prefix. */
  static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    // "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"
    int open = m.lastIndexOf('(');
    int close = m.lastIndexOf(')');
    if (m.startsWith("[SQLITE_") && open > 0 && close > open) {
      return m.substring(open + 1, close).toLowerCase(Locale.ROOT);
    }
    return m;
  }
}
