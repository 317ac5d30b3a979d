package io.github.interviewbank.grading.llm;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import java.util.List;
import java.util.Optional;

/**
 * Publishes {@link LlmGrader} as the grader named {@value LlmGrader#ID}, with the options of
 * {@link LlmSettings#options()}: {@code --grader llm --grader-option model=...} on the command
 * line, and {@link LlmFollowUpProposer} as its follow-up proposer, with the same options.
 * Applications do not use this class directly.
 *
 * @since 1.0.0
 */
public final class LlmGraderProvider implements GraderProvider {

  /**
   * Creates the provider; {@link java.util.ServiceLoader} calls this.
   *
   * @since 1.0.0
   */
  public LlmGraderProvider() {}

  /** {@return {@value LlmGrader#ID}} */
  @Override
  public String name() {
    return LlmGrader.ID;
  }

  @Override
  public String description() {
    return "A language model behind an OpenAI-compatible endpoint (Ollama by default) judges each"
        + " key point with quotes from the answer; the score comes from the quotes it can show."
        + " The answer is sent to the endpoint.";
  }

  @Override
  public List<GraderOption> options() {
    return LlmSettings.options();
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    return LlmGrader.create(LlmSettings.fromOptions(options));
  }

  /** {@return an {@link LlmFollowUpProposer} asking the grader's model} */
  @Override
  public Optional<FollowUpProposer> createFollowUpProposer(GraderOptions options) {
    return Optional.of(LlmFollowUpProposer.create(LlmSettings.fromOptions(options)));
  }
}
