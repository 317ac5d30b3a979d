package io.github.interviewbank.examples.customgrader;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import java.util.List;

/**
 * Publishes {@link ReferenceOverlapGrader} as the grader named {@code overlap}. Registered in
 * {@code META-INF/services/io.github.interviewbank.grading.GraderProvider} of this module, so
 * {@code interview-bank --grader overlap} and {@code AnswerGraders.create("overlap")} find it.
 */
public final class ReferenceOverlapGraderProvider implements GraderProvider {

  /** Creates the provider; ServiceLoader calls this. */
  public ReferenceOverlapGraderProvider() {}

  @Override
  public String name() {
    return "overlap";
  }

  @Override
  public String description() {
    return "Share of the reference answer's longer words used by the answer (an SPI example).";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(GraderOption.of("minWordLength", "ignore words shorter than this, 1-20", "5"));
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    return new ReferenceOverlapGrader(options.getInt("minWordLength", 5, 1, 20));
  }
}
