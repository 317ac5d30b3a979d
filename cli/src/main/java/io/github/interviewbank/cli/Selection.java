package io.github.interviewbank.cli;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import io.github.interviewbank.core.Topic;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Question filters shared by {@code practice} and {@code list}. */
final class Selection {
  @Option(names = "--difficulty", split = ",", paramLabel = "LEVEL",
      description = "Only these difficulties: beginner, intermediate, advanced (comma-separated"
          + " or repeated).")
  List<Difficulty> difficulties = new ArrayList<>();

  @Option(names = "--topic", split = ",", paramLabel = "TOPIC",
      description = "Only questions of these topic ids, such as caching (comma-separated or"
          + " repeated).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--text", paramLabel = "WORDS",
      description = "Only questions whose text contains all these words.")
  String text = "";

  /** {@return whether these filters select every question} */
  boolean all() {
    return difficulties.isEmpty() && topics.isEmpty() && text.isBlank();
  }

  /** The query, after checking that every topic exists in the bank. */
  QuestionQuery query(QuestionBank bank) {
    for (String topic : topics) {
      if (bank.topic(topic).isEmpty()) {
        throw new InvalidInputException("unknown topic '" + topic + "'; the bank's topics are "
            + String.join(", ", bank.topics().stream().map(Topic::id).toList()));
      }
    }
    QuestionQuery q = QuestionQuery.all();
    if (!difficulties.isEmpty()) {
      q = q.and(QuestionQuery.difficulty(difficulties.toArray(Difficulty[]::new)));
    }
    if (!topics.isEmpty()) {
      q = q.and(QuestionQuery.topic(topics.toArray(String[]::new)));
    }
    if (!text.isBlank()) {
      q = q.and(QuestionQuery.text(text));
    }
    return q;
  }
}
