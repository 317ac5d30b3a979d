package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.interviewbank.core.QuestionBank;
import org.junit.jupiter.api.Test;

/** The built-in bank read on a thread of its own is the bank read on the caller's. */
class BuiltInBankReaderTest {
  @Test
  void theBankReadAheadIsTheBuiltInBank() {
    QuestionBank ahead = BuiltInBankReader.startReading().bank();
    assertEquals(BuiltInBankReader.read(), ahead);
    assertEquals(QuestionBank.builtIn(), ahead);
  }

  @Test
  void askingTwiceGivesTheSameBank() {
    BuiltInBankReader reader = BuiltInBankReader.startReading();
    assertSame(reader.bank(), reader.bank());
  }
}
