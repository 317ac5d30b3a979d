package io.github.interviewbank.cli;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import io.github.interviewbank.core.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Question filters shared by {@code practice} and {@code list}. */
final class Selection {
  @Option(names = "--difficulty", split = ",", paramLabel = "LEVEL",
      converter = Selection.Level.class,
      description = "Only these difficulties: beginner, intermediate, advanced (comma-separated"
          + " or repeated).")
  List<Difficulty> difficulties = new ArrayList<>();

  /**
   * A difficulty by its id, in any case; an unknown one is named with the ids as help and the
   * bank spell them, not the enum's constants.
   */
  static final class Level implements ITypeConverter<Difficulty> {
    @Override
    public Difficulty convert(String value) {
      return Difficulty.fromId(value.toLowerCase(Locale.ROOT)).orElseThrow(() ->
          new TypeConversionException("expected one of " + String.join(", ",
              Stream.of(Difficulty.values()).map(Difficulty::id).toList()) + " but was '"
              + value + "'"));
    }
  }

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
