package io.github.interviewbank.grading.llm;

import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.llm.internal.Setting;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the LLM grader and follow-up proposer reach their model: the endpoint, the model,
 * the API key's environment variable, the timeout, the concurrency and the retries.
 *
 * <p>Each setting is defined once, in {@link Builder}, beside the builder method that sets it,
 * with its option key, default and range; {@link #options()} (what {@code --grader-option
 * key=value} accepts) and {@link #fromOptions(GraderOptions)} are derived from those definitions.
 *
 * <pre>{@code
 * LlmSettings settings = LlmSettings.builder()
 *     .model("qwen2.5:7b-instruct")                       // required
 *     .baseUrl(URI.create("http://localhost:11434/v1"))   // Ollama, the default
 *     .timeout(Duration.ofSeconds(30))
 *     .build();
 * AnswerGrader grader = LlmGrader.create(settings);
 * }</pre>
 *
 * <p>The API key itself is never a setting: {@link Builder#apiKeyEnv(String)} names the
 * environment variable that holds it, read when a grader or proposer is created, sent only in the
 * {@code Authorization} header, and never shown in a message. Immutable and thread-safe.
 *
 * @since 1.0.0
 */
public final class LlmSettings {
  private final URI baseUrl;
  private final String model;
  private final @Nullable String apiKeyEnv;
  private final Duration timeout;
  private final int maxConcurrency;
  private final int retries;

  private LlmSettings(Builder b, String model) {
    this.baseUrl = b.baseUrl;
    this.model = model;
    this.apiKeyEnv = b.apiKeyEnv;
    this.timeout = b.timeout;
    this.maxConcurrency = b.maxConcurrency;
    this.retries = b.retries;
  }

  /**
   * {@return a builder with the default settings and no model, never {@code null}}
   *
   * @since 1.0.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads settings from string options, as the provider and {@code --grader-option} give them.
   *
   * @param options the options, keyed as {@link #options()} lists; never {@code null}
   * @return the settings, never {@code null}
   * @throws GraderConfigurationException if a key is unknown, a value is invalid or {@code model}
   *     is missing; the message names the option
   * @since 1.0.0
   */
  public static LlmSettings fromOptions(GraderOptions options) {
    options.requireKnownKeys(Builder.SETTINGS.stream().map(Setting::key).toList());
    Builder b = builder();
    for (Setting<Builder, ?> s : Builder.SETTINGS) {
      options.get(s.key()).ifPresent(text -> s.applyText(b, text));
    }
    return b.build();
  }

  /**
   * {@return the options {@link #fromOptions(GraderOptions)} accepts, with their defaults and
   * ranges, in a stable order; never {@code null}}
   *
   * @since 1.0.0
   */
  public static List<GraderOption> options() {
    return Builder.SETTINGS.stream().map(Setting::option).toList();
  }

  /**
   * {@return the endpoint's base URL, before {@code /chat/completions}; never {@code null}}
   *
   * @since 1.0.0
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * {@return the URL requests are posted to: the base URL followed by {@code /chat/completions};
   * never {@code null}}
   *
   * @since 1.0.0
   */
  public URI chatCompletionsUrl() {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/chat/completions");
  }

  /**
   * {@return the model's name as the endpoint knows it; never {@code null} or blank}
   *
   * @since 1.0.0
   */
  public String model() {
    return model;
  }

  /**
   * {@return the name of the environment variable that holds the API key, if one is used}
   *
   * @since 1.0.0
   */
  public Optional<String> apiKeyEnv() {
    return Optional.ofNullable(apiKeyEnv);
  }

  /**
   * {@return the longest wait for one exchange with the endpoint, never {@code null}}
   *
   * @since 1.0.0
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * {@return the most requests one grader or proposer has in flight at once}
   *
   * @since 1.0.0
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * {@return how many times a request answered with HTTP 429 or 503 is tried again}
   *
   * @since 1.0.0
   */
  public int retries() {
    return retries;
  }

  @Override
  public String toString() {
    return "LlmSettings[" + baseUrl + ", model " + model + ", key "
        + (apiKeyEnv == null ? "none" : "from $" + apiKeyEnv) + ", timeout " + timeout.toMillis()
        + " ms, concurrency " + maxConcurrency + ", retries " + retries + "]";
  }

  /**
   * Builds {@link LlmSettings}. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    private static final Setting<Builder, URI> BASE_URL = Setting.of("base-url",
        URI.create("http://localhost:11434/v1"), URI::toString,
        "the endpoint's URL before /chat/completions; the default is Ollama on this machine",
        Builder::parseUrl, Builder::checkUrl, Builder::baseUrl);

    private static final Setting<Builder, String> MODEL = Setting.of("model", null, m -> m,
        "required: the model's name as the endpoint knows it, such as qwen2.5:7b-instruct",
        text -> text, Builder::checkModel, Builder::model);

    private static final Setting<Builder, String> API_KEY_ENV = Setting.of("api-key-env", null,
        name -> name,
        "the environment variable holding the API key, sent as a bearer token (none by default)",
        text -> text, Builder::checkEnvName, Builder::apiKeyEnv);

    private static final Setting<Builder, Duration> TIMEOUT = Setting.of("timeout",
        Duration.ofSeconds(60), Builder::seconds,
        "seconds to wait for one exchange with the endpoint, 0.1-600",
        Builder::parseSeconds, Builder::checkTimeout, Builder::timeout);

    private static final Setting<Builder, Integer> MAX_CONCURRENCY = Setting.of("max-concurrency",
        4, String::valueOf, "requests in flight at once, 1-64",
        text -> parseInt(text, 1, 64), n -> range(n, 1, 64), Builder::maxConcurrency);

    private static final Setting<Builder, Integer> RETRIES = Setting.of("retries", 2,
        String::valueOf,
        "retries after HTTP 429 or 503, waiting as Retry-After asks (or 0.5 s, 1 s, 2 s ...), 0-10",
        text -> parseInt(text, 0, 10), n -> range(n, 0, 10), Builder::retries);

    /** Every setting, in the order options are listed. */
    static final List<Setting<Builder, ?>> SETTINGS =
        List.of(BASE_URL, MODEL, API_KEY_ENV, TIMEOUT, MAX_CONCURRENCY, RETRIES);

    private URI baseUrl = Objects.requireNonNull(BASE_URL.defaultValue());
    private @Nullable String model;
    private @Nullable String apiKeyEnv;
    private Duration timeout = Objects.requireNonNull(TIMEOUT.defaultValue());
    private int maxConcurrency = Objects.requireNonNull(MAX_CONCURRENCY.defaultValue());
    private int retries = Objects.requireNonNull(RETRIES.defaultValue());

    private Builder() {}

    /**
     * Sets the endpoint's base URL, the part before {@code /chat/completions} (option {@code
     * base-url}). Default {@code http://localhost:11434/v1}, Ollama's OpenAI-compatible endpoint
     * on this machine. Hosted endpoints: {@code https://api.openai.com/v1} and the like.
     *
     * @param url an {@code http} or {@code https} URL with a host, without credentials, query or
     *     fragment; never {@code null}
     * @return this builder
     * @throws GraderConfigurationException if the URL is not of that form
     * @since 1.0.0
     */
    public Builder baseUrl(URI url) {
      this.baseUrl = BASE_URL.check(url);
      return this;
    }

    /**
     * Sets the model's name as the endpoint knows it (option {@code model}). Required: there is
     * no default.
     *
     * @param name such as {@code qwen2.5:7b-instruct} or {@code gpt-4o-mini}; never {@code null}
     *     or blank
     * @return this builder
     * @throws GraderConfigurationException if the name is blank, longer than 200 characters or
     *     holds control characters
     * @since 1.0.0
     */
    public Builder model(String name) {
      this.model = MODEL.check(name);
      return this;
    }

    /**
     * Names the environment variable that holds the API key (option {@code api-key-env}). Default:
     * none, and no key is sent (Ollama and most local servers need none). The variable is read
     * when a grader or proposer is created; the key is sent as {@code Authorization: Bearer ...}
     * and never appears in a message.
     *
     * @param variable letters, digits and underscores, not starting with a digit, such as {@code
     *     OPENAI_API_KEY}; never {@code null}
     * @return this builder
     * @throws GraderConfigurationException if the name is not of that form (the message does not
     *     repeat it, in case it is the key itself)
     * @since 1.0.0
     */
    public Builder apiKeyEnv(String variable) {
      this.apiKeyEnv = API_KEY_ENV.check(variable);
      return this;
    }

    /**
     * Sets the longest wait for one exchange with the endpoint, from sending the request to the
     * last byte of the reply (option {@code timeout}, in seconds). Default 60 seconds, which
     * suits a 7B model on a laptop's CPU; from 0.1 to 600 seconds. A request that runs out of
     * time fails with a {@link io.github.interviewbank.grading.GradingException}; it is not
     * retried.
     *
     * @param limit from 100 ms to 10 minutes; never {@code null}
     * @return this builder
     * @throws GraderConfigurationException if out of range
     * @since 1.0.0
     */
    public Builder timeout(Duration limit) {
      this.timeout = TIMEOUT.check(limit);
      return this;
    }

    /**
     * Sets the most requests one grader or proposer has in flight at once (option {@code
     * max-concurrency}); further callers wait. Default 4; from 1 to 64. Batch grading ({@link
     * LlmGrader#gradeAll(List)}) runs this many requests at once.
     *
     * @param requests from 1 to 64
     * @return this builder
     * @throws GraderConfigurationException if out of range
     * @since 1.0.0
     */
    public Builder maxConcurrency(int requests) {
      this.maxConcurrency = MAX_CONCURRENCY.check(requests);
      return this;
    }

    /**
     * Sets how many times a request answered with HTTP 429 (too many requests) or 503 (service
     * unavailable) is tried again (option {@code retries}). Default 2; from 0 to 10. Each retry
     * waits as the reply's {@code Retry-After} header asks (seconds or an HTTP date), or else
     * 0.5 s, 1 s, 2 s ... up to 8 s; a {@code Retry-After} longer than the timeout ends the
     * attempts at once.
     *
     * @param times from 0 to 10
     * @return this builder
     * @throws GraderConfigurationException if out of range
     * @since 1.0.0
     */
    public Builder retries(int times) {
      this.retries = RETRIES.check(times);
      return this;
    }

    /**
     * {@return the settings, never {@code null}}
     *
     * @throws GraderConfigurationException if no model was set
     * @since 1.0.0
     */
    public LlmSettings build() {
      String m = model;
      if (m == null) {
        throw new GraderConfigurationException("grader 'llm' needs the option 'model': the name"
            + " of a model the endpoint serves, such as model=qwen2.5:7b-instruct");
      }
      return new LlmSettings(this, m);
    }

    private static URI parseUrl(String text) {
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("must be an http or https URL, was '" + text + "'");
      }
    }

    private static URI checkUrl(URI url) {
      if (url.getRawUserInfo() != null) {
        throw new IllegalArgumentException("must not carry credentials (the value is not shown);"
            + " name the key's environment variable with api-key-env");
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
          || url.getRawQuery() != null || url.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "must be an http or https URL with a host and no query, was '" + url + "'");
      }
      return url;
    }

    private static String checkModel(String name) {
      if (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("must be a model name of 1 to 200 characters without"
            + " control characters, was '" + name + "'");
      }
      return name;
    }

    private static String checkEnvName(String name) {
      if (!ENV_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("must name an environment variable (letters, digits"
            + " and underscores, not starting with a digit); the value is not shown in case it"
            + " is the key itself");
      }
      return name;
    }

    private static Duration parseSeconds(String text) {
      try {
        BigDecimal seconds = new BigDecimal(text);
        if (seconds.signum() > 0 && seconds.compareTo(BigDecimal.valueOf(600)) <= 0) {
          return Duration.ofMillis(seconds.movePointRight(3).longValue());
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("must be a number of seconds from 0.1 to 600, was '"
          + text + "'");
    }

    private static Duration checkTimeout(Duration limit) {
      if (limit.compareTo(Duration.ofMillis(100)) < 0 || limit.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException(
            "must be from 0.1 to 600 seconds, was " + seconds(limit) + " s");
      }
      return limit;
    }

    private static String seconds(Duration d) {
      return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static int parseInt(String text, int min, int max) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "must be a whole number from " + min + " to " + max + ", was '" + text + "'");
      }
    }

    private static int range(int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            "must be from " + min + " to " + max + ", was " + value);
      }
      return value;
    }
  }
}
