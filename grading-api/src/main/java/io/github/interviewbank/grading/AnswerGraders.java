package io.github.interviewbank.grading;

import java.util.List;
import java.util.Map;

/**
 * Static access to the graders on the class path or module path.
 *
 * <pre>{@code
 * AnswerGrader grader = AnswerGraders.defaultGrader();           // the keyword grader
 * AnswerGrader strict = AnswerGraders.create("keyword", Map.of("proximity", "2"));
 * List<String> names = AnswerGraders.names();                     // e.g. [keyword, my-llm]
 * }</pre>
 *
 * <p>The providers are discovered once, on first use, by {@link GraderRegistry#discover()}; a
 * broken provider is skipped and reported (see {@link #registry()}{@code .problems()}).
 *
 * @since 1.0.0
 */
public final class AnswerGraders {
  /**
   * The name of the default grader: {@value}.
   *
   * @since 1.0.0
   */
  public static final String DEFAULT_NAME = "keyword";

  /**
   * The system property that names the default grader, overriding {@value #DEFAULT_NAME}: {@value}.
   *
   * @since 1.0.0
   */
  public static final String GRADER_PROPERTY = "interviewbank.grader";

  private AnswerGraders() {}

  /** Lazy holder: discovery runs on first use. */
  private static final class Shared {
    static final GraderRegistry REGISTRY = GraderRegistry.discover();
  }

  /**
   * {@return the shared registry, discovered on first use; never {@code null}}
   *
   * @since 1.0.0
   */
  public static GraderRegistry registry() {
    return Shared.REGISTRY;
  }

  /**
   * {@return the names of the available graders, in discovery order; never {@code null}}
   *
   * @since 1.0.0
   */
  public static List<String> names() {
    return registry().names();
  }

  /**
   * Creates a grader by name with default options.
   *
   * @param name the provider name, such as {@code keyword}; never {@code null}
   * @return a new grader, never {@code null}
   * @throws GraderConfigurationException if no provider has that name
   * @since 1.0.0
   */
  public static AnswerGrader create(String name) {
    return registry().create(name, Map.of());
  }

  /**
   * Creates a grader by name with options.
   *
   * @param name the provider name; never {@code null}
   * @param options string options, documented by the provider; never {@code null}
   * @return a new grader, never {@code null}
   * @throws GraderConfigurationException if no provider has that name, or an option is unknown or
   *     invalid
   * @since 1.0.0
   */
  public static AnswerGrader create(String name, Map<String, String> options) {
    return registry().create(name, options);
  }

  /**
   * Creates the default grader (see {@link GraderRegistry#createDefault()}).
   *
   * @return a new grader, never {@code null}
   * @throws GraderConfigurationException if no default can be chosen
   * @since 1.0.0
   */
  public static AnswerGrader defaultGrader() {
    return registry().createDefault();
  }
}
