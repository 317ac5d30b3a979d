package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain spellings run without picocli behave exactly as picocli runs them: each is compared
 * with a spelling of the same command that only picocli reads ({@code --} before a positional
 * value, {@code --option=value}, an explicit default).
 */
class PlainInvocationTest {
  private static final String ANSWER = "Pick two of consistency, availability and partition"
      + " tolerance; during a partition a CP store refuses writes.";

  private static void sameAsPicocli(String[] plain, String[] picocliOnly) {
    InterviewBankCli root = new InterviewBankCli();
    assertTrue(PlainInvocation.command(plain, root).isPresent(), String.join(" ", plain));
    assertTrue(PlainInvocation.command(picocliOnly, root).isEmpty(),
        String.join(" ", picocliOnly));
    Cli direct = Cli.run(plain);
    assertEquals(Cli.run(picocliOnly), direct);
  }

  @Test
  void showRunsAsPicocliRunsIt() {
    sameAsPicocli(new String[] {"show", "cap-theorem"},
        new String[] {"show", "--", "cap-theorem"});
  }

  @Test
  void showOfAnUnknownIdFailsAsPicocliFailsIt() {
    sameAsPicocli(new String[] {"show", "no-such-question"},
        new String[] {"show", "--", "no-such-question"});
  }

  @Test
  void listRunsAsPicocliRunsIt() {
    sameAsPicocli(new String[] {"list"}, new String[] {"list", "--format", "text"});
  }

  @Test
  void gradeRunsAsPicocliRunsIt() {
    sameAsPicocli(new String[] {"grade", "-q", "cap-theorem", "--answer", ANSWER},
        new String[] {"grade", "--question=cap-theorem", "--answer=" + ANSWER});
  }

  @Test
  void gradeWithTheOptionsSwappedRunsAsPicocliRunsIt() {
    sameAsPicocli(new String[] {"grade", "--answer", ANSWER, "--question", "cap-theorem"},
        new String[] {"grade", "--answer=" + ANSWER, "--question=cap-theorem"});
  }

  @Test
  void gradeOfAnUnknownIdFailsAsPicocliFailsIt() {
    sameAsPicocli(new String[] {"grade", "-q", "no-such-question", "--answer", ANSWER},
        new String[] {"grade", "--question=no-such-question", "--answer=" + ANSWER});
  }

  @Test
  void gradeOfABlankAnswerRunsAsPicocliRunsIt() {
    sameAsPicocli(new String[] {"grade", "-q", "cap-theorem", "--answer", " "},
        new String[] {"grade", "--question=cap-theorem", "--answer= "});
  }

  @ParameterizedTest
  @ValueSource(strings = {"show|-h", "show|@args.txt", "show|", "show|a|b", "list|--help",
      "list|x", "grade|-q|cap-theorem|--answer|-x", "grade|-q|@ids|--answer|a",
      "grade|-q|cap-theorem|--answer-file|f", "grade|-q|cap-theorem|-q|x", "practice",
      "--verbose|show|cap-theorem", "show|cap-theorem|--format|json"})
  void everyOtherSpellingIsLeftToPicocli(String joined) {
    String[] args = joined.split("\\|", -1);
    assertTrue(PlainInvocation.command(args, new InterviewBankCli()).isEmpty(), joined);
  }
}
