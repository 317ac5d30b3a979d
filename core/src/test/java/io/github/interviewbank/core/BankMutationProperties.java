package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to the bundled bank's JSON yields either a valid bank or a {@link
 * QuestionBankException}: never another exception, never a partial bank.
 */
class BankMutationProperties {
  private static final String BUNDLED = bundled();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String bundled() {
    try (InputStream in = QuestionBank.class.getResourceAsStream("backend-bank.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("bundled bank missing", e);
    }
  }

  private static void loadsOrFailsCleanly(String json) {
    try {
      QuestionBank bank = Fixtures.read(json);
      assertNotNull(bank);
      bank.questions().forEach(q -> assertTrue(q.id().length() > 0));
    } catch (QuestionBankException e) {
      assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
      assertTrue(!e.problems().isEmpty());
    }
  }

  @Provide
  Arbitrary<String> textMutations() {
    int n = BUNDLED.length();
    Arbitrary<Integer> at = Arbitraries.integers().between(0, n - 1);
    Arbitrary<Integer> len = Arbitraries.integers().between(1, 200);
    Arbitrary<String> junk =
        Arbitraries.oneOf(
            Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "-1", "1e999", "true",
                "\u0000", "\uFEFF", "\"id\": \"x\",", "/*", "\n"),
            Arbitraries.strings().ofMaxLength(5));
    return Arbitraries.oneOf(
        Combinators.combine(at, len).as((a, l) -> BUNDLED.substring(0, a) + BUNDLED.substring(Math.min(n, a + l))),
        Combinators.combine(at, junk).as((a, j) -> BUNDLED.substring(0, a) + j + BUNDLED.substring(a)),
        Combinators.combine(at, len, junk).as((a, l, j) -> BUNDLED.substring(0, a) + j + BUNDLED.substring(Math.min(n, a + l))),
        Combinators.combine(at, len).as((a, l) -> BUNDLED.substring(0, Math.min(n, a + l)) + BUNDLED.substring(a)));
  }

  @Property(tries = 200)
  void damagedTextLoadsOrFailsCleanly(@ForAll("textMutations") String json) {
    loadsOrFailsCleanly(json);
  }

  @Provide
  Arbitrary<String> treeMutations() {
    JsonNode root = MAPPER.readTree(BUNDLED);
    List<String> pointers = new ArrayList<>();
    collect(root, "", pointers);
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> replacement =
        Arbitraries.of(
            f.nullNode(), f.stringNode(""), f.stringNode(" "), f.stringNode("Not-Kebab"),
            f.stringNode("a||b"), f.numberNode(0), f.numberNode(-3), f.numberNode(2),
            f.numberNode(1.5), f.booleanNode(true), f.arrayNode(), f.objectNode(),
            f.arrayNode().add("x"), f.stringNode("beginner"), f.stringNode("rest-vs-graphql"),
            f.stringNode("caching"));
    return Combinators.combine(Arbitraries.of(pointers), replacement, Arbitraries.of(true, false))
        .as((pointer, value, remove) -> {
          JsonNode copy = root.deepCopy();
          int slash = pointer.lastIndexOf('/');
          JsonNode parent = copy.at(pointer.substring(0, slash));
          String last = pointer.substring(slash + 1);
          if (parent instanceof ObjectNode o) {
            if (remove) {
              o.remove(last);
            } else {
              o.set(last, value);
            }
          } else if (parent instanceof ArrayNode a) {
            int index = Integer.parseInt(last);
            if (remove) {
              a.remove(index);
            } else {
              a.set(index, value);
            }
          }
          return MAPPER.writeValueAsString(copy);
        });
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    if (!pointer.isEmpty()) {
      out.add(pointer);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), pointer + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  @Property(tries = 200)
  void damagedStructureLoadsOrFailsCleanly(@ForAll("treeMutations") String json) {
    loadsOrFailsCleanly(json);
  }
}
