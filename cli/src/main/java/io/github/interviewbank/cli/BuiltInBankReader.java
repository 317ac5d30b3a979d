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

  /** {@return a reader that has started reading the bank} */
  static BuiltInBankReader startReading() {
    BuiltInBankReader reader = new BuiltInBankReader();
    reader.start();
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
}
