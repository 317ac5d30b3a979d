package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArchiveTrainingTest {
  @Test
  void everyTrainingRunSucceeds() {
    // A failing run would leave what its command loads out of the launcher's archive, silently.
    assertEquals(0, ArchiveTraining.run(Cli.freshDataDir(), false));
  }
}
