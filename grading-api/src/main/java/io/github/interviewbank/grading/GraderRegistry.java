package io.github.interviewbank.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The {@link GraderProvider}s available to a program, by name.
 *
 * <p>Discovery uses {@link ServiceLoader} and survives broken providers: a provider that cannot
 * be loaded or instantiated ({@link ServiceConfigurationError}), or whose {@link
 * GraderProvider#name()} fails, is skipped, logged as a warning on the {@link System.Logger}
 * named {@code io.github.interviewbank.grading}, and listed by {@link #problems()}; the others
 * still load. When two providers claim one name, the first found wins and the second is listed
 * as a problem.
 *
 * <p>Immutable and thread-safe once created. Most programs use the shared registry behind {@link
 * AnswerGraders}; create one yourself to discover in a specific class loader or module layer.
 *
 * @since 1.0.0
 */
public final class GraderRegistry {
  /** The most consecutive loading errors tolerated before discovery stops. */
  private static final int MAX_CONSECUTIVE_ERRORS = 64;


  private final Map<String, GraderProvider> providers;
  private final List<String> problems;

  private GraderRegistry(Map<String, GraderProvider> providers, List<String> problems) {
    this.providers = providers;
    this.problems = problems;
  }

  /**
   * Discovers providers visible to this library's class loader and module layer, and on the class
   * path of the thread context class loader.
   *
   * @return the registry, never {@code null}
   * @since 1.0.0
   */
  public static GraderRegistry discover() {
    return discover(ServiceLoader.load(GraderProvider.class));
  }

  /**
   * Discovers providers visible to a class loader.
   *
   * @param loader the class loader; never {@code null}
   * @return the registry, never {@code null}
   * @since 1.0.0
   */
  public static GraderRegistry discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return discover(ServiceLoader.load(GraderProvider.class, loader));
  }

  /**
   * Discovers providers in the modules of a module layer and its parents.
   *
   * @param layer the module layer; never {@code null}
   * @return the registry, never {@code null}
   * @since 1.0.0
   */
  public static GraderRegistry discover(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer");
    return discover(ServiceLoader.load(layer, GraderProvider.class));
  }

  /**
   * Creates a registry of the given providers, without discovery.
   *
   * @param providers the providers, in priority order; never {@code null}
   * @return the registry, never {@code null}
   * @throws IllegalArgumentException if two providers have the same name
   * @since 1.0.0
   */
  public static GraderRegistry of(List<? extends GraderProvider> providers) {
    Map<String, GraderProvider> byName = new LinkedHashMap<>();
    for (GraderProvider p : providers) {
      String name = Objects.requireNonNull(p.name(), "provider name");
      if (byName.putIfAbsent(name, p) != null) {
        throw new IllegalArgumentException("two providers are named '" + name + "'");
      }
    }
    return new GraderRegistry(Collections.unmodifiableMap(byName), List.of());
  }

  private static GraderRegistry discover(ServiceLoader<GraderProvider> loader) {
    Map<String, GraderProvider> byName = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Iterator<GraderProvider> it = loader.iterator();
    int consecutiveErrors = 0;
    while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
      GraderProvider provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError e) {
        consecutiveErrors++;
        report(problems, "skipped a grader provider that failed to load: " + e.getMessage(), e);
        continue;
      }
      consecutiveErrors = 0;
      String name;
      try {
        name = provider.name();
      } catch (RuntimeException e) {
        report(problems, "skipped grader provider " + provider.getClass().getName()
            + ": its name() threw " + e, e);
        continue;
      }
      GraderProvider first = byName.putIfAbsent(name, provider);
      if (first != null) {
        report(problems, "grader name '" + name + "' is claimed by " + first.getClass().getName()
            + " and " + provider.getClass().getName() + "; using the first", null);
      }
    }
    return new GraderRegistry(Collections.unmodifiableMap(byName), List.copyOf(problems));
  }

  private static void report(List<String> problems, String message, @Nullable Throwable cause) {
    problems.add(message);
    // Looked up only when there is something to say: finding the logger starts the platform's
    // logging, which a registry without problems never needs.
    System.Logger log = System.getLogger("io.github.interviewbank.grading");
    if (cause == null) {
      log.log(System.Logger.Level.WARNING, message);
    } else {
      log.log(System.Logger.Level.WARNING, message, cause);
    }
  }

  /**
   * {@return the providers found, in discovery order; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<GraderProvider> providers() {
    return List.copyOf(providers.values());
  }

  /**
   * {@return the provider names, in discovery order; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<String> names() {
    return List.copyOf(providers.keySet());
  }

  /**
   * {@return what went wrong during discovery, one message per skipped provider or name clash;
   * never {@code null}, empty when all went well}
   *
   * @since 1.0.0
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Finds a provider by name.
   *
   * @param name the provider name; never {@code null}
   * @return the provider, or empty when none has that name
   * @since 1.0.0
   */
  public Optional<GraderProvider> find(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(providers.get(name));
  }

  /**
   * Creates a grader by provider name.
   *
   * @param name the provider name; never {@code null}
   * @param options string options, documented by the provider; never {@code null}
   * @return a new grader, never {@code null}
   * @throws GraderConfigurationException if no provider has the name (the message lists those
   *     available), or an option is unknown or invalid
   * @since 1.0.0
   */
  public AnswerGrader create(String name, Map<String, String> options) {
    Objects.requireNonNull(options, "options");
    GraderProvider provider =
        find(name).orElseThrow(() -> new GraderConfigurationException(
            "no grader named '" + name + "'; available: "
                + (providers.isEmpty() ? "none" : String.join(", ", providers.keySet()))));
    GraderOptions graderOptions = GraderOptions.of(name, options);
    List<GraderOption> declared = provider.options();
    if (!declared.isEmpty()) {
      graderOptions.requireKnownKeys(declared.stream().map(GraderOption::key).toList());
    }
    return Objects.requireNonNull(provider.create(graderOptions),
        () -> "provider '" + name + "' returned null");
  }

  /**
   * Creates the default grader: the one named by the system property {@value
   * AnswerGraders#GRADER_PROPERTY} if set, else {@value AnswerGraders#DEFAULT_NAME} if available,
   * else the only provider if there is exactly one.
   *
   * @return a new grader with default options, never {@code null}
   * @throws GraderConfigurationException if no default can be chosen
   * @since 1.0.0
   */
  public AnswerGrader createDefault() {
    String chosen = System.getProperty(AnswerGraders.GRADER_PROPERTY);
    if (chosen != null && !chosen.isBlank()) {
      return create(chosen.strip(), Map.of());
    }
    if (providers.containsKey(AnswerGraders.DEFAULT_NAME)) {
      return create(AnswerGraders.DEFAULT_NAME, Map.of());
    }
    if (providers.size() == 1) {
      return create(providers.keySet().iterator().next(), Map.of());
    }
    throw new GraderConfigurationException(
        "no default grader: '" + AnswerGraders.DEFAULT_NAME + "' is not available (add"
            + " io.github.interviewbank:interview-bank-grading-keyword) and "
            + (providers.isEmpty() ? "no other provider was found"
                : "several others were found: " + String.join(", ", providers.keySet())));
  }

  @Override
  public String toString() {
    return "GraderRegistry" + providers.keySet();
  }
}
