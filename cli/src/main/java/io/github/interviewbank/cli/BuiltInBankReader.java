package io.github.interviewbank.cli;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Reads the built-in bank on a thread of its own, for a command that needs every question and
 * has other start-up work to do meanwhile ({@code grade} creates its grader): building the 110
 * questions then overlaps with that work instead of following it. A daemon thread, so that a run
 * that fails before it needs the bank does not wait for it. A plain thread and join rather than
 * an executor or a future: their classes' first use costs milliseconds of start-up.
 */
final class BuiltInBankReader extends Thread {
  private @Nullable QuestionBank bank;
  private @Nullable Throwable failure;

  private BuiltInBankReader() {
    super("interview-bank bank reader");
    setDaemon(true);
  }

  /**
   * {@return a reader that has started reading the bank} Meanwhile, this thread links record
   * equality (see {@link #linkRecordEquality}).
   */
  static BuiltInBankReader startReading() {
    BuiltInBankReader reader = new BuiltInBankReader();
    reader.start();
    linkRecordEquality();
    return reader;
  }

  /** {@return the built-in bank, from the snapshot in this jar, else the JSON bank} */
  static QuestionBank read() {
    return BankSnapshot.bundled().map(BankSnapshot::bank).orElseGet(QuestionBank::builtIn);
  }

  @Override
  public void run() {
    try {
      bank = read();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
  }

  /** {@return the bank, once read} Throws what reading it threw. */
  QuestionBank bank() {
    boolean interrupted = false;
    while (isAlive()) {
      try {
        join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable f = failure;
    if (f instanceof RuntimeException e) {
      throw e;
    }
    if (f instanceof Error e) {
      throw e;
    }
    QuestionBank b = bank;
    if (b == null) {
      throw new IllegalStateException("the bank reader ended without a bank");
    }
    return b;
  }

  /**
   * Calls a record's {@code equals} once, on the calling thread, while the reader builds the
   * questions. The bank's last step checks every question's topics with {@link Topic#equals},
   * the run's first call of a record's {@code equals}, whose bootstrap generates method handles
   * at run time (neither Java 17's class-data archive nor Java 25's cache keeps them): about a
   * quarter of reading the bank, on the reader's path, where here it overlaps with building the
   * questions.
   */
  private static void linkRecordEquality() {
    Topic topic = new Topic("topic", "Topic");
    if (!topic.equals(new Topic("topic", "Topic"))) {
      throw new IllegalStateException("records are not equal by value");
    }
  }
}
