package io.github.interviewbank.benchmarks;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.evaluation.CalibrationSet;
import io.github.interviewbank.evaluation.LabelledAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts every benchmark uses: real candidate answers from the calibration set, cut or
 * concatenated to a target number of words, for several questions so that no single rubric
 * dominates.
 */
public final class Texts {
  /** Questions of different shapes: short and long rubrics, several topics. */
  public static final List<String> QUESTIONS = List.of("caching-strategies", "cap-theorem",
      "jwt-structure", "n-plus-one-queries", "rest-vs-graphql", "database-indexing",
      "optimistic-vs-pessimistic-locking", "message-queues");

  private Texts() {}

  /** Words of the non-trivial calibration answers to a question, in file order. */
  static List<String> words(String questionId) {
    List<String> words = new ArrayList<>();
    for (LabelledAnswer a : CalibrationSet.builtIn()) {
      if (a.questionId().equals(questionId) && a.score() >= 0.4) {
        for (String w : a.answer().split("\\s+", -1)) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  /** An answer of exactly {@code count} words, cycling through the question's answers. */
  public static String answer(String questionId, int count) {
    List<String> words = words(questionId);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words.get(i % words.size()));
    }
    return sb.toString();
  }

  /** An answer of at least {@code chars} characters, cut at {@code chars}. */
  public static String answerOfLength(String questionId, int chars) {
    List<String> words = words(questionId);
    StringBuilder sb = new StringBuilder(chars + 64);
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(words.get(i % words.size())).append(' ');
    }
    return sb.substring(0, chars);
  }

  /** One request per benchmark question, each with an answer of {@code words} words. */
  public static GradingRequest[] requests(int words) {
    QuestionBank bank = QuestionBank.builtIn();
    GradingRequest[] requests = new GradingRequest[QUESTIONS.size()];
    for (int i = 0; i < requests.length; i++) {
      Question q = bank.find(QUESTIONS.get(i)).orElseThrow();
      requests[i] = GradingRequest.builder(q, answer(q.id(), words)).bank(bank).build();
    }
    return requests;
  }
}
