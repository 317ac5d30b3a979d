package io.github.interviewbank.core;

import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap: loads each bank file named and prints one line per file,
 * {@code name: N problems} or {@code name: FAILED exception}, so that the parent can tell a
 * clean rejection from running out of memory.
 */
final class HostileBankProbe {
  private HostileBankProbe() {}

  public static void main(String[] args) {
    for (String file : args) {
      Path path = Path.of(file);
      String name = String.valueOf(path.getFileName());
      try {
        QuestionBank bank = QuestionBank.load(path);
        System.out.println(name + ": loaded " + bank.size() + " questions");
      } catch (QuestionBankException e) {
        System.out.println(name + ": " + e.problemCount() + " problems, " + e.problems().size()
            + " listed");
      } catch (Throwable e) {
        System.out.println(name + ": FAILED " + e);
      }
    }
  }
}
