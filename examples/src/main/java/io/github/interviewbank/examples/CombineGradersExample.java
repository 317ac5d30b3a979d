package io.github.interviewbank.examples;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.FallbackGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.WeightedGrader;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Example: combining graders. A weighted blend of two graders, and a fallback chain that puts a
 * (simulated) remote model in front of the keyword grader, with a timeout.
 */
public final class CombineGradersExample {
  private CombineGradersExample() {}

  public static void main(String[] args) {
    run(System.out, Duration.ofMillis(200));
  }

  /** A stand-in for a remote LLM grader that is too slow today. */
  static AnswerGrader slowRemoteGrader(Duration delay) {
    return new AnswerGrader() {
      @Override
      public Grade grade(io.github.interviewbank.grading.GradingRequest request) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new GradingException("remote call interrupted", e);
        }
        throw new GradingException("remote model unavailable");
      }

      @Override
      public String id() {
        return "remote-llm";
      }
    };
  }

  static void run(PrintStream out, Duration timeout) {
    Question q = QuestionBank.builtIn().find("cap-theorem").orElseThrow();
    String answer = "A distributed store cannot guarantee consistency, availability and partition"
        + " tolerance at once; since partitions happen, you choose CP or AP during one.";

    AnswerGrader keyword = AnswerGraders.create("keyword");
    AnswerGrader blend = WeightedGrader.builder()
        .add(keyword, 0.8)
        .add(AnswerGraders.create("overlap"), 0.2)
        .id("blend")
        .build();
    Grade blended = blend.grade(q, answer);
    out.printf("blend: %.2f %s%n", blended.score(), blended.band().label());

    AnswerGrader chain = FallbackGrader.builder()
        .then(slowRemoteGrader(timeout.multipliedBy(10)), timeout)
        .then(keyword)
        .onFailure((id, error) -> out.println("fell back from " + id + ": " + error.getMessage()))
        .build();
    Grade g = chain.grade(q, answer);
    out.printf("fallback chain: %.2f %s, graded by %s%n", g.score(), g.band().label(),
        g.graderId());
  }
}
