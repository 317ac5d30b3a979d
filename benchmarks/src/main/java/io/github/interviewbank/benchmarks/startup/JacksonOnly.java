package io.github.interviewbank.benchmarks.startup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Start-up baseline: build a Jackson mapper and read a one-line document. */
public final class JacksonOnly {
  private JacksonOnly() {}

  public static void main(String[] args) {
    JsonNode node = JsonMapper.builder().build().readTree("{\"id\":\"cap-theorem\",\"score\":1}");
    System.out.println(node.get("score").asDouble());
  }
}
