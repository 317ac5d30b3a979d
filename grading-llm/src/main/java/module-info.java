import org.jspecify.annotations.NullMarked;

/**
 * A grader and a follow-up proposer backed by a language model behind an OpenAI-compatible Chat
 * Completions endpoint, published as the grader named {@code llm}.
 *
 * @provides io.github.interviewbank.grading.GraderProvider
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.grading.llm {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.grading;
  requires java.net.http;
  requires tools.jackson.databind;

  exports io.github.interviewbank.grading.llm;

  provides io.github.interviewbank.grading.GraderProvider with
      io.github.interviewbank.grading.llm.LlmGraderProvider;
}
