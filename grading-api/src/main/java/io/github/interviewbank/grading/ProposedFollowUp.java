package io.github.interviewbank.grading;

import io.github.interviewbank.core.FollowUp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The next question a {@link FollowUpProposer} proposes: a prompt and the key points of the
 * original question it probes, and, when it comes from the bank, the bank's {@link FollowUp} as
 * is (with whatever else the bank gives it).
 *
 * <p>Immutable; equal when prompt, key point ids and bank follow-up are equal.
 *
 * @since 1.0.0
 */
public final class ProposedFollowUp {
  private final String prompt;
  private final List<String> keyPointIds;
  private final @Nullable FollowUp bankFollowUp;

  private ProposedFollowUp(String prompt, List<String> keyPointIds,
      @Nullable FollowUp bankFollowUp) {
    this.prompt = prompt;
    this.keyPointIds = keyPointIds;
    this.bankFollowUp = bankFollowUp;
  }

  /**
   * Creates a follow-up that is not in the bank, such as one a model wrote.
   *
   * @param prompt the question to ask; never {@code null} or blank
   * @param keyPointIds ids of key points of the original question it probes; never {@code null},
   *     may be empty, no {@code null} elements
   * @return the follow-up, never {@code null}
   * @throws NullPointerException if an argument or an id is {@code null}
   * @throws IllegalArgumentException if the prompt is blank
   * @since 1.0.0
   */
  public static ProposedFollowUp of(String prompt, List<String> keyPointIds) {
    Objects.requireNonNull(prompt, "prompt");
    if (prompt.isBlank()) {
      throw new IllegalArgumentException("a follow-up prompt must not be blank");
    }
    return new ProposedFollowUp(prompt, Lists.copyOf(keyPointIds, "keyPointIds"), null);
  }

  /**
   * Proposes one of the bank's follow-ups: its prompt and key points, and the follow-up itself.
   *
   * @param followUp a follow-up of the question; never {@code null}
   * @return the follow-up, never {@code null}
   * @since 1.0.0
   */
  public static ProposedFollowUp fromBank(FollowUp followUp) {
    Objects.requireNonNull(followUp, "followUp");
    return new ProposedFollowUp(followUp.prompt(), followUp.keyPointIds(), followUp);
  }

  /**
   * {@return the question to ask, never {@code null} or blank}
   *
   * @since 1.0.0
   */
  public String prompt() {
    return prompt;
  }

  /**
   * {@return ids of the key points of the original question this follow-up probes; never {@code
   * null}, may be empty, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<String> keyPointIds() {
    return keyPointIds;
  }

  /**
   * {@return the bank's follow-up this proposal is, or empty when it was made up (by a model)}
   *
   * @since 1.0.0
   */
  public Optional<FollowUp> bankFollowUp() {
    return Optional.ofNullable(bankFollowUp);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProposedFollowUp other && prompt.equals(other.prompt)
        && keyPointIds.equals(other.keyPointIds)
        && Objects.equals(bankFollowUp, other.bankFollowUp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, keyPointIds, bankFollowUp);
  }

  @Override
  public String toString() {
    return "ProposedFollowUp[" + prompt + ", probes " + keyPointIds
        + (bankFollowUp != null ? ", from the bank" : "") + "]";
  }
}
