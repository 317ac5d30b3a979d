package io.github.interviewbank.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionBankException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target: any bytes read as a bank give a bank that survives writing and reading back, or a
 * {@link QuestionBankException} that names the input; anything else (another exception, a bank
 * that changes on a round trip, more problems listed than counted) is a finding. The build runs it
 * on the seeds in {@code BankLoaderFuzzTestInputs}; {@code fuzz/run.sh} fuzzes it.
 */
public class BankLoaderFuzzTest {
  public static void fuzzerTestOneInput(byte[] data) {
    QuestionBank bank;
    try {
      bank = QuestionBank.read(new ByteArrayInputStream(data), "fuzz.json");
    } catch (QuestionBankException e) {
      Findings.check(e.getMessage().startsWith("fuzz.json"), "the message names the input", e);
      Findings.check(!e.problems().isEmpty()
          && e.problems().size() <= QuestionBankException.MAX_LISTED_PROBLEMS
          && e.problemCount() >= e.problems().size(), "problems listed within the count", e);
      return;
    }
    String json = bank.toJson();
    QuestionBank again = QuestionBank.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "again.json");
    Findings.check(again.equals(bank), "the bank survives writing and reading back", json);
  }

  @FuzzTest
  void loadsWholeOrFailsCleanly(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
