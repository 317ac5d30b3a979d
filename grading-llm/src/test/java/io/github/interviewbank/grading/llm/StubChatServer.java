package io.github.interviewbank.grading.llm;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.interviewbank.grading.llm.internal.Prompts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for an OpenAI-compatible Chat Completions endpoint, on 127.0.0.1 only: each
 * request is recorded and answered by a scripted "model". Tests start one per case (this module's,
 * and the command line's through this module's test jar); {@link #main(String[])} serves one fixed
 * reply, or {@link ModelReplies#reading reads} the answers, for trying the command line by hand.
 */
public final class StubChatServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * What the stub received.
   *
   * @param body the request's JSON
   * @param headers the request's headers
   * @param at when it arrived
   */
  public record Call(JsonNode body, Headers headers, Instant at) {
    /** The system message. */
    public String system() {
      return body.path("messages").path(0).path("content").asString();
    }

    /** The candidate's answer, read from the user message's JSON. */
    public String answer() {
      return JSON.readTree(body.path("messages").path(1).path("content").asString())
          .path("answer").asString();
    }

    /** Whether the request asks for a follow-up question rather than a grade. */
    public boolean isFollowUp() {
      return body.path("response_format").path("json_schema").path("name").asString()
          .equals("follow_up");
    }

    /** The rubric's JSON, read from the system message after its marker. */
    public JsonNode rubric() {
      String s = system();
      return JSON.readTree(s.substring(s.indexOf(Prompts.RUBRIC_MARKER)
          + Prompts.RUBRIC_MARKER.length()));
    }
  }

  /**
   * One HTTP reply.
   *
   * @param status the status code
   * @param body the body
   * @param headers extra headers
   * @param delay how long to wait before answering
   */
  public record Reply(int status, String body, Map<String, String> headers, Duration delay) {
    /** A chat completion whose message content is {@code content}. */
    public static Reply content(String content) {
      ObjectNode root = JSON.createObjectNode();
      root.put("id", "stub-completion");
      root.put("object", "chat.completion");
      root.put("model", "stub");
      ObjectNode choice = root.putArray("choices").addObject();
      choice.put("index", 0);
      choice.putObject("message").put("role", "assistant").put("content", content);
      choice.put("finish_reason", "stop");
      return new Reply(200, root.toString(), Map.of(), Duration.ZERO);
    }

    /** A bare status with a body. */
    public static Reply status(int status, String body) {
      return new Reply(status, body, Map.of(), Duration.ZERO);
    }

    /** This reply with one more header. */
    public Reply withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, body, more, delay);
    }

    /** This reply, sent after a delay. */
    public Reply after(Duration wait) {
      return new Reply(status, body, headers, wait);
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private StubChatServer(Function<Call, Reply> model) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    workers = Executors.newCachedThreadPool(task -> {
      Thread t = new Thread(task, "stub-chat-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(workers);
    server.createContext("/v1/chat/completions", exchange -> answer(exchange, model));
    server.start();
  }

  /** Starts a stub whose model answers each request with {@code model}. */
  public static StubChatServer start(Function<Call, Reply> model) {
    try {
      return new StubChatServer(model);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the stub endpoint", e);
    }
  }

  private void answer(HttpExchange exchange, Function<Call, Reply> model) throws IOException {
    try (exchange) {
      byte[] in = exchange.getRequestBody().readAllBytes();
      Call call = new Call(JSON.readTree(in), exchange.getRequestHeaders(), Instant.now());
      calls.add(call);
      Reply reply = model.apply(call);
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(out);
      }
    } catch (IOException e) {
      // The client went away (a timeout): nothing to answer.
    }
  }

  /** The base URL to give the grader: {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The requests received so far, in order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  /**
   * Serves until stopped, for trying the command line by hand: {@code StubChatServer REPLY-FILE
   * [SECONDS]} answers every request with the file's content as the model's message (the JSON
   * grade); {@code StubChatServer --reading [SECONDS]} grades as {@link ModelReplies#reading}
   * does and asks {@link ModelReplies#followUpOn} follow-ups. The stub prints its base URL and each
   * request, and stops by itself after SECONDS (default 600).
   *
   * @param args the reply file or {@code --reading} and, optionally, how long to serve
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: StubChatServer (REPLY-FILE | --reading) [SECONDS]");
      System.exit(2);
    }
    Function<Call, Reply> model;
    if (args[0].equals("--reading")) {
      model = call -> Reply.content(call.isFollowUp() ? ModelReplies.followUpOn(call)
          : ModelReplies.reading(call));
    } else {
      String content = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
      model = call -> Reply.content(content);
    }
    long seconds = args.length == 2 ? Long.parseLong(args[1]) : 600;
    PrintStream out = System.out;
    try (StubChatServer stub = start(call -> {
      out.println((call.isFollowUp() ? "follow-up" : "grading") + " request for model "
          + call.body().path("model").asString() + ", answer: " + call.answer());
      out.flush();
      return model.apply(call);
    })) {
      out.println("stub endpoint at " + stub.baseUrl() + " for " + seconds + " s");
      out.flush();
      Thread.sleep(seconds * 1000);
    }
  }
}
