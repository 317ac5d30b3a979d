package io.github.interviewbank.examples;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import java.io.PrintStream;
import java.util.List;

/**
 * Example: embedding the bank in another tool, such as a quiz bot. Query by topic and difficulty,
 * draw a reproducible daily set, and export it as JSON for another system.
 */
public final class EmbedExample {
  private EmbedExample() {}

  public static void main(String[] args) {
    run(System.out, 20261129L);
  }

  static void run(PrintStream out, long daySeed) {
    QuestionBank bank = QuestionBank.builtIn();

    // Query: advanced questions about databases, in bank order.
    QuestionQuery hardDatabases = QuestionQuery.topic("databases")
        .and(QuestionQuery.difficulty(Difficulty.ADVANCED));
    List<Question> hard = bank.select(hardDatabases);
    out.println(hard.size() + " advanced database questions, first: " + hard.get(0).id());

    // Sample: the same seed gives the same three questions on every JVM, so a bot can post
    // "today's questions" from several servers without coordination.
    List<Question> today = bank.sample(QuestionQuery.topic("caching", "security"), 3, daySeed);
    today.forEach(q -> out.println("today: " + q.id() + " - " + q.prompt()));

    // Export: a bank of just these questions, in the documented JSON format.
    String json = QuestionBank.of(today).toJson();
    out.println("exported " + QuestionBank.of(today).size() + " questions, " + json.length()
        + " characters of JSON");
  }
}
