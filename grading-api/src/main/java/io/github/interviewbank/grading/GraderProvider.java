package io.github.interviewbank.grading;

import java.util.List;
import java.util.Optional;

/**
 * Makes a grader available by name, found through {@link java.util.ServiceLoader}.
 *
 * <p>Register an implementation in {@code module-info.java} ({@code provides
 * io.github.interviewbank.grading.GraderProvider with com.example.MyProvider;}) and, for the class
 * path, in {@code META-INF/services/io.github.interviewbank.grading.GraderProvider}. Providers
 * need a public no-argument constructor (or a public static {@code provider()} method on the
 * module path) and should be cheap to construct: they are instantiated during discovery, and
 * graders are created only when asked for.
 *
 * <pre>{@code
 * public final class EchoGraderProvider implements GraderProvider {
 *   public String name() { return "echo"; }
 *   public AnswerGrader create(GraderOptions options) {
 *     options.requireKnownKeys(List.of());
 *     return request -> ...;
 *   }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface GraderProvider {

  /**
   * {@return the name users select the grader by, such as {@code keyword}: lower-case, stable,
   * unique among providers; never {@code null}}
   *
   * @since 1.0.0
   */
  String name();

  /**
   * Creates a grader.
   *
   * @param options the options; never {@code null}. Keys not listed by {@link #options()} are
   *     rejected before this method is called, unless {@link #options()} is empty and the
   *     provider checks them itself.
   * @return a new grader, never {@code null}
   * @throws GraderConfigurationException if an option is unknown or its value is invalid
   * @since 1.0.0
   */
  AnswerGrader create(GraderOptions options);

  /**
   * {@return one sentence saying what the grader does; never {@code null}}
   *
   * <p>The default implementation returns an empty string.
   *
   * @since 1.0.0
   */
  default String description() {
    return "";
  }

  /**
   * {@return the options {@link #create(GraderOptions)} accepts, with their defaults; never
   * {@code null}}
   *
   * <p>When the list is not empty, {@link GraderRegistry#create(String, java.util.Map)} rejects
   * any other key before calling {@code create}. The default implementation returns an empty
   * list.
   *
   * @since 1.0.0
   */
  default List<GraderOption> options() {
    return List.of();
  }

  /**
   * Creates the follow-up proposer that goes with this provider's grader, such as one that asks
   * the same model, configured by the same options.
   *
   * <p>A program that interviews calls it after {@link #create(GraderOptions)}, with the same
   * options, and asks this proposer for follow-ups instead of {@link
   * FollowUpProposer#fromBank()}. Offering one also marks the grader as remote: the command
   * line's {@code practice} then keeps the keyword grader and the bank's follow-ups behind both,
   * and switches to them for the rest of the session when either throws {@link
   * GradingException}. So a grader and proposer that reach a service should fail with {@code
   * GradingException}, within a timeout of their own, when it is down or too slow.
   *
   * <p>The default implementation returns empty: the grader comes without a proposer of its own.
   *
   * @param options the options, as given to {@link #create(GraderOptions)}; never {@code null}
   * @return the proposer, or empty when the grader has none; never {@code null}
   * @throws GraderConfigurationException if an option is unknown or its value is invalid
   * @since 1.0.0
   */
  default Optional<FollowUpProposer> createFollowUpProposer(GraderOptions options) {
    return Optional.empty();
  }
}
