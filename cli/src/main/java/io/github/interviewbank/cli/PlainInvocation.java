package io.github.interviewbank.cli;

import java.util.Optional;

/**
 * The three commands people run most, in their plain spellings, recognised without picocli:
 * {@code show ID}, {@code list} and {@code grade -q ID --answer TEXT} ({@code --question} for
 * {@code -q}, the two options in either order). Building picocli's model of even one command
 * (its class initialisation, reflection over the annotations, a proxy class per annotation type)
 * took longer than the rest of such a run. Any other spelling goes to picocli, and so does any
 * value picocli could read as something else: one that is empty, or starts with {@code -} (an
 * option) or {@code @} (an argument file). A test runs each plain form both ways and compares.
 */
final class PlainInvocation {
  private PlainInvocation() {}

  /**
   * {@return the command these arguments run, its options set as picocli would set them, under
   * {@code root}; empty when they are not one of the plain spellings}
   */
  static Optional<BankCommand> command(String[] args, InterviewBankCli root) {
    BankCommand command = null;
    if (args.length == 1 && args[0].equals("list")) {
      command = new ListCommand();
    } else if (args.length == 2 && args[0].equals("show") && plainValue(args[1])) {
      ShowCommand show = new ShowCommand();
      show.id = args[1];
      command = show;
    } else if (args.length == 5 && args[0].equals("grade")) {
      command = grade(args[1], args[2], args[3], args[4]).orElse(null);
    }
    if (command != null) {
      command.root = root;
    }
    return Optional.ofNullable(command);
  }

  /** {@code grade} with {@code -q ID --answer TEXT} in either order. */
  private static Optional<BankCommand> grade(String option1, String value1, String option2,
      String value2) {
    String id;
    String answer;
    if (isQuestion(option1) && option2.equals("--answer")) {
      id = value1;
      answer = value2;
    } else if (option1.equals("--answer") && isQuestion(option2)) {
      id = value2;
      answer = value1;
    } else {
      return Optional.empty();
    }
    if (!plainValue(id) || !plainValue(answer)) {
      return Optional.empty();
    }
    GradeCommand grade = new GradeCommand();
    GradeCommand.Single single = new GradeCommand.Single();
    single.questionId = id;
    single.answer.text = answer;
    grade.mode.single = single;
    return Optional.of(grade);
  }

  private static boolean isQuestion(String option) {
    return option.equals("-q") || option.equals("--question");
  }

  /** A value picocli takes as it is: not empty, not an option, not an argument file. */
  private static boolean plainValue(String value) {
    return !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@';
  }
}
