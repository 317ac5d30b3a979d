package io.github.interviewbank.grading.llm.internal;

import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.llm.LlmSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAI-compatible Chat Completions endpoint: posts a request, waits within the timeout,
 * retries HTTP 429 and 503 as {@code Retry-After} asks, bounds concurrency and the reply's size,
 * and returns the assistant message's content. Every failure is a {@link GradingException} naming
 * the endpoint and, for HTTP errors, the status and the start of the body, with the API key
 * removed. Thread-safe.
 */
public final class ChatEndpoint {
  /** Replies larger than this are refused: a grade or a question is a few kilobytes. */
  static final int MAX_REPLY_BYTES = 4 << 20;

  private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(8);

  private final LlmSettings settings;
  private final URI url;
  private final @Nullable String apiKey;
  private final HttpClient client;
  private final Semaphore inFlight;

  /**
   * Prepares the endpoint of the settings, reading the API key from its environment variable.
   *
   * @throws GraderConfigurationException if the named variable is not set
   */
  public ChatEndpoint(LlmSettings settings) {
    this.settings = settings;
    this.url = settings.chatCompletionsUrl();
    this.apiKey = settings.apiKeyEnv().map(ChatEndpoint::readKey).orElse(null);
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    this.inFlight = new Semaphore(settings.maxConcurrency(), true);
  }

  private static String readKey(String variable) {
    String key = System.getenv(variable);
    if (key == null || key.isBlank()) {
      throw new GraderConfigurationException("grader 'llm': the environment variable " + variable
          + " named by option 'api-key-env' is not set");
    }
    return key.strip();
  }

  /** The URL requests go to. */
  public URI url() {
    return url;
  }

  /**
   * Posts a Chat Completions request and returns the content of the first choice's message.
   *
   * @throws GradingException if the endpoint cannot be reached, fails, runs out of time or
   *     replies with something that is not a chat completion
   */
  public String complete(ObjectNode body) {
    byte[] json = Json.MAPPER.writeValueAsBytes(body);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GradingException("interrupted while waiting to call " + url, e);
    }
    try {
      return content(exchange(json));
    } finally {
      inFlight.release();
    }
  }

  private byte[] exchange(byte[] json) {
    int attempts = settings.retries() + 1;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response = send(json);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return response.body();
      }
      boolean retryable = status == 429 || status == 503;
      if (!retryable || attempt == attempts) {
        throw new GradingException("endpoint " + url + " answered HTTP " + status
            + (retryable ? " after " + attempts + " attempts" : "") + ": " + excerpt(response.body()));
      }
      Duration wait = retryAfter(response).orElse(backoff(attempt));
      if (wait.compareTo(settings.timeout()) > 0) {
        throw new GradingException("endpoint " + url + " answered HTTP " + status
            + " and asked to retry after " + wait.toSeconds() + " s, longer than the timeout ("
            + settings.timeout().toSeconds() + " s)");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GradingException("interrupted while waiting to retry " + url, e);
      }
    }
  }

  private HttpResponse<byte[]> send(byte[] json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    String key = apiKey;
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), info -> new CappedBody(MAX_REPLY_BYTES));
    try {
      // The request's own timeout ends at the headers; this one also covers the body.
      return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new GradingException("interrupted while calling " + url, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
        throw timedOut();
      }
      if (cause instanceof ConnectException) {
        throw new GradingException("cannot connect to " + url + " (is the server running?)",
            cause);
      }
      throw new GradingException("the request to " + url + " failed: " + redact(
          String.valueOf(cause.getMessage())), cause);
    }
  }

  private GradingException timedOut() {
    return new GradingException("endpoint " + url + " did not answer within "
        + settings.timeout().toMillis() + " ms");
  }

  private String content(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new GradingException("endpoint " + url + " did not answer with JSON: "
          + excerpt(body));
    }
    JsonNode message = root == null ? null : root.path("choices").path(0).path("message");
    if (message == null || !message.isObject()) {
      throw new GradingException("endpoint " + url + " answered without choices[0].message: "
          + excerpt(body));
    }
    JsonNode content = message.get("content");
    if (content != null && content.isString() && !content.asString().isBlank()) {
      return content.asString();
    }
    JsonNode refusal = message.get("refusal");
    if (refusal != null && refusal.isString()) {
      throw new GradingException("the model at " + url + " refused: "
          + excerpt(refusal.asString()));
    }
    throw new GradingException("endpoint " + url + " answered with an empty message: "
        + excerpt(body));
  }

  /** The wait a reply asks for: delay-seconds or an HTTP date. */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      // an HTTP date, below
    }
    try {
      Duration d = Duration.between(Instant.now(),
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration backoff(int attempt) {
    Duration d = Duration.ofMillis(500L << Math.min(attempt - 1, 10));
    return d.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : d;
  }

  private String excerpt(byte[] body) {
    return excerpt(new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8));
  }

  /**
   * The start of a text from the endpoint (a body, a model's reply) on one line, for messages,
   * with the API key removed.
   */
  public String excerpt(String text) {
    String oneLine = redact(text.length() > 2000 ? text.substring(0, 2000) : text)
        .replaceAll("\\s+", " ").strip();
    return oneLine.isEmpty() ? "(empty)" : oneLine.length() <= 300 ? oneLine
        : oneLine.substring(0, 300) + "...";
  }

  /** The text with the API key removed, for anything shown that came from the endpoint. */
  public String redact(String text) {
    String key = apiKey;
    return key == null ? text : text.replace(key, "[API key removed]");
  }

  @Override
  public String toString() {
    return "ChatEndpoint[" + url + "]";
  }

  /** Collects a reply's bytes, failing once there are more than the limit. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final int limit;
    private long received;
    private boolean failed;
    private Flow.@Nullable Subscription subscription;

    CappedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      bytes.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (failed) {
        return;
      }
      for (ByteBuffer b : items) {
        received += b.remaining();
      }
      if (received > limit) {
        failed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
        bytes.onError(new IOException("the reply is larger than " + limit + " bytes"));
        return;
      }
      bytes.onNext(items);
    }

    @Override
    public void onError(Throwable error) {
      if (!failed) {
        bytes.onError(error);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        bytes.onComplete();
      }
    }
  }
}
