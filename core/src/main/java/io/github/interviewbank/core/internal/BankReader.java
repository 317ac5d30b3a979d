package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.BankProblem;
import io.github.interviewbank.core.Contrast;
import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.MatchPattern;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionBankException;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the JSON bank format into a {@link QuestionBank}, collecting every problem with its
 * location before failing as a whole. Not part of the API: do not use.
 */
public final class BankReader {
  /** The only format version this release reads. */
  public static final int FORMAT_VERSION = 1;

  // "$comment" is accepted, and ignored, on every object; "$schema" at the top only.
  private static final Set<String> BANK_FIELDS =
      Set.of("$schema", "$comment", "formatVersion", "topics", "synonyms", "questions");
  private static final Set<String> TOPIC_FIELDS = Set.of("$comment", "id", "name");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("$comment", "id", "prompt", "difficulty", "topics", "referenceAnswer", "keyPoints",
          "followUps", "contrasts");
  private static final Set<String> KEY_POINT_FIELDS =
      Set.of("$comment", "id", "text", "weight", "required", "phrasings", "contradictions");
  private static final Set<String> FOLLOW_UP_FIELDS =
      Set.of("$comment", "prompt", "keyPoints", "referenceAnswer", "rubric");

  private final String source;
  private final List<BankProblem> problems = new ArrayList<>();
  private @Nullable String questionId;

  private BankReader(String source) {
    this.source = source;
  }

  /** Reads a bank file. */
  public static QuestionBank read(Path file) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > QuestionBank.MAX_DOCUMENT_BYTES) {
        throw tooLarge(source);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (NoSuchFileException e) {
      throw QuestionBankException.of(BankProblem.of(source, 0, 0, null, null, "no such file"), e);
    } catch (IOException e) {
      throw QuestionBankException.of(
          BankProblem.of(source, 0, 0, null, null, "cannot read: " + e), e);
    }
  }

  /** Reads a bank from a stream without closing it. */
  public static QuestionBank read(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) QuestionBank.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw QuestionBankException.of(
          BankProblem.of(source, 0, 0, null, null, "cannot read: " + e), e);
    }
    if (bytes.length > QuestionBank.MAX_DOCUMENT_BYTES) {
      throw tooLarge(source);
    }
    return new BankReader(source).decode(parse(bytes, source));
  }

  private static QuestionBankException tooLarge(String source) {
    return QuestionBankException.of(
        List.of(
            BankProblem.of(
                source, 0, 0, null, null,
                "document is larger than the limit of " + QuestionBank.MAX_DOCUMENT_BYTES
                    + " bytes")));
  }

  // ---------------------------------------------------------------------------------------------
  // JSON text to located nodes

  private static JsonNode parse(byte[] bytes, String source) {
    List<BankProblem> duplicates = new ArrayList<>();
    try (JsonParser parser = JsonSupport.FACTORY.createParser(JsonSupport.READ_CONTEXT, bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw QuestionBankException.of(
            List.of(BankProblem.of(source, 1, 1, null, null, "document is empty")));
      }
      JsonNode root = node(parser, source, new ArrayList<>(), duplicates);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw QuestionBankException.of(
            List.of(
                BankProblem.of(
                    source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), null,
                    null, "unexpected content after the end of the document")));
      }
      if (!duplicates.isEmpty()) {
        throw QuestionBankException.of(duplicates);
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      String message = e.getOriginalMessage();
      throw QuestionBankException.of(
          BankProblem.of(source, line, column, null, null,
              "malformed JSON: " + firstLine(message == null ? e.toString() : message)), e);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Builds the node at the parser's current token. {@code path} holds the names and indexes
   * leading here; it is turned into a JSON path string only for an error, as building one for
   * every value would cost more than the parse.
   */
  private static JsonNode node(
      JsonParser parser, String source, List<Object> path,
      List<BankProblem> duplicates) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          parser.nextToken();
          path.add(name);
          JsonNode child = node(parser, source, path, duplicates);
          if (fields.putIfAbsent(name, child) != null) {
            duplicates.add(
                BankProblem.of(
                    source, nameAt.getLineNr(), nameAt.getColumnNr(), render(path), null,
                    "duplicate key '" + name + "'"));
          }
          path.remove(path.size() - 1);
        }
        return JsonNode.object(line, column, fields);
      }
      case START_ARRAY -> {
        List<JsonNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          path.add(items.size());
          items.add(node(parser, source, path, duplicates));
          path.remove(path.size() - 1);
        }
        return JsonNode.array(line, column, items);
      }
      case VALUE_STRING -> {
        return JsonNode.string(line, column, parser.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return JsonNode.number(line, column, parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNode.bool(line, column, token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return JsonNode.nullNode(line, column);
      }
      default -> throw new IllegalStateException("unexpected token " + token + " at "
          + render(path));
    }
  }

  /** A JSON path such as {@code $.questions[3].id} from its names and indexes. */
  private static String render(List<Object> path) {
    StringBuilder sb = new StringBuilder("$");
    for (Object step : path) {
      if (step instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        sb.append('.').append(step);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Located nodes to the model

  private QuestionBank decode(JsonNode root) {
    if (root.kind != JsonNode.Kind.OBJECT) {
      problem(root, "$", "the document must be an object, was " + root.kind.description);
      throw QuestionBankException.of(problems);
    }
    Map<String, JsonNode> fields = root.fields();
    checkFields(root, "$", BANK_FIELDS);
    JsonNode version = fields.get("formatVersion");
    if (version == null) {
      problem(root, "$", "missing field 'formatVersion' (this release reads version "
          + FORMAT_VERSION + ")");
      throw QuestionBankException.of(problems);
    }
    if (version.kind != JsonNode.Kind.NUMBER || version.number() != FORMAT_VERSION) {
      problem(version, "$.formatVersion",
          "unsupported formatVersion " + render(version) + ": this release reads version "
              + FORMAT_VERSION);
      throw QuestionBankException.of(problems);
    }
    Map<String, Topic> topics = topics(fields.get("topics"));
    List<SynonymGroup> synonyms = synonyms(fields.get("synonyms"));
    List<Question> questions = questions(root, fields.get("questions"), topics);
    if (!problems.isEmpty()) {
      throw QuestionBankException.of(problems);
    }
    try {
      return QuestionBank.of(topics.values(), questions, synonyms);
    } catch (IllegalArgumentException e) {
      problem(root, "$", String.valueOf(e.getMessage()));
      throw QuestionBankException.of(problems);
    }
  }

  private static String render(JsonNode node) {
    return switch (node.kind) {
      case NUMBER -> {
        double d = node.number();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
      }
      case STRING -> "'" + node.text() + "'";
      default -> node.kind.description;
    };
  }

  private Map<String, Topic> topics(@Nullable JsonNode node) {
    Map<String, Topic> topics = new LinkedHashMap<>();
    if (node == null) {
      return topics;
    }
    List<JsonNode> items = array(node, "$.topics");
    for (int i = 0; i < items.size(); i++) {
      String path = "$.topics[" + i + "]";
      JsonNode item = items.get(i);
      if (!isObject(item, path)) {
        continue;
      }
      checkFields(item, path, TOPIC_FIELDS);
      String id = id(item, path, "id");
      String name = text(item, path, "name");
      if (id == null || name == null) {
        continue;
      }
      if (topics.containsKey(id)) {
        problem(item.fields().get("id"), path + ".id", "duplicate topic id '" + id + "'");
        continue;
      }
      topics.put(id, new Topic(id, name));
    }
    return topics;
  }

  private List<SynonymGroup> synonyms(@Nullable JsonNode node) {
    List<SynonymGroup> groups = new ArrayList<>();
    if (node == null) {
      return groups;
    }
    List<JsonNode> items = array(node, "$.synonyms");
    for (int i = 0; i < items.size(); i++) {
      String path = "$.synonyms[" + i + "]";
      List<String> terms = strings(items.get(i), path);
      if (terms == null) {
        continue;
      }
      if (terms.size() < 2) {
        problem(items.get(i), path, "a synonym group needs at least two terms");
        continue;
      }
      groups.add(new SynonymGroup(terms));
    }
    return groups;
  }

  private List<Question> questions(
      JsonNode root, @Nullable JsonNode node, Map<String, Topic> topics) {
    List<Question> questions = new ArrayList<>();
    if (node == null) {
      problem(root, "$", "missing field 'questions'");
      return questions;
    }
    Map<String, Integer> seenAtLine = new HashMap<>();
    List<JsonNode> items = array(node, "$.questions");
    for (int i = 0; i < items.size(); i++) {
      String path = "$.questions[" + i + "]";
      JsonNode item = items.get(i);
      questionId = null;
      if (!isObject(item, path)) {
        continue;
      }
      Question q = question(item, path, topics);
      JsonNode idNode = item.fields().get("id");
      if (questionId != null && idNode != null) {
        Integer firstLine = seenAtLine.putIfAbsent(questionId, idNode.line);
        if (firstLine != null) {
          problem(idNode, path + ".id",
              "duplicate question id (first used on line " + firstLine + ")");
          continue;
        }
      }
      if (q != null) {
        questions.add(q);
      }
    }
    questionId = null;
    return questions;
  }

  private @Nullable Question question(JsonNode node, String path, Map<String, Topic> declared) {
    int before = problems.size();
    questionId = id(node, path, "id");
    checkFields(node, path, QUESTION_FIELDS);
    String prompt = text(node, path, "prompt");
    String answer = text(node, path, "referenceAnswer");
    Difficulty difficulty = difficulty(node, path);
    List<Topic> topics = questionTopics(node, path, declared);
    List<KeyPoint> keyPoints = keyPoints(node, path, "keyPoints");
    List<FollowUp> followUps = followUps(node, path, declaredKeyPointIds(node));
    List<Contrast> contrasts = contrasts(node, path);
    if (problems.size() > before
        || questionId == null || prompt == null || answer == null || difficulty == null) {
      return null;
    }
    try {
      return new Question(questionId, prompt, difficulty, topics, answer, keyPoints, followUps,
          contrasts);
    } catch (IllegalArgumentException e) {
      problem(node, path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private List<Contrast> contrasts(JsonNode node, String path) {
    List<Contrast> contrasts = new ArrayList<>();
    JsonNode list = node.fields().get("contrasts");
    if (list == null) {
      return contrasts;
    }
    List<JsonNode> items = array(list, path + ".contrasts");
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + ".contrasts[" + i + "]";
      List<String> terms = strings(items.get(i), itemPath);
      if (terms == null) {
        continue;
      }
      try {
        contrasts.add(new Contrast(terms));
      } catch (IllegalArgumentException e) {
        problem(items.get(i), itemPath, String.valueOf(e.getMessage()));
      }
    }
    return contrasts;
  }

  private @Nullable Difficulty difficulty(JsonNode node, String path) {
    String id = text(node, path, "difficulty");
    if (id == null) {
      return null;
    }
    Difficulty difficulty = Difficulty.fromId(id).orElse(null);
    if (difficulty == null) {
      problem(node.fields().get("difficulty"), path + ".difficulty",
          "difficulty must be 'beginner', 'intermediate' or 'advanced', was '" + id + "'");
    }
    return difficulty;
  }

  private List<Topic> questionTopics(JsonNode node, String path, Map<String, Topic> declared) {
    List<Topic> topics = new ArrayList<>();
    JsonNode list = node.fields().get("topics");
    if (list == null) {
      return topics;
    }
    List<String> ids = strings(list, path + ".topics");
    if (ids == null) {
      return topics;
    }
    List<JsonNode> items = list.items();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Topic topic = declared.get(id);
      String itemPath = path + ".topics[" + i + "]";
      if (topic == null) {
        problem(items.get(i), itemPath, "unknown topic '" + id + "' (declare it in 'topics')");
      } else if (ids.subList(0, i).contains(id)) { // ids, not records: no equals bootstrap
        problem(items.get(i), itemPath, "topic '" + id + "' is listed twice");
      } else {
        topics.add(topic);
      }
    }
    return topics;
  }

  /** The key points in {@code field} of {@code node}: a question's rubric or a follow-up's. */
  private List<KeyPoint> keyPoints(JsonNode node, String path, String field) {
    List<KeyPoint> points = new ArrayList<>();
    JsonNode list = node.fields().get(field);
    if (list == null) {
      return points;
    }
    Map<String, Integer> seenAtLine = new HashMap<>();
    List<JsonNode> items = array(list, path + "." + field);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "." + field + "[" + i + "]";
      JsonNode item = items.get(i);
      if (!isObject(item, itemPath)) {
        continue;
      }
      KeyPoint point = keyPoint(item, itemPath);
      if (point == null) {
        continue;
      }
      Integer firstLine = seenAtLine.putIfAbsent(point.id(), item.line);
      if (firstLine != null) {
        problem(item.fields().get("id"), itemPath + ".id",
            "duplicate key point id '" + point.id() + "' (first used on line " + firstLine + ")");
        continue;
      }
      points.add(point);
    }
    return points;
  }

  private @Nullable KeyPoint keyPoint(JsonNode node, String path) {
    int before = problems.size();
    checkFields(node, path, KEY_POINT_FIELDS);
    String id = id(node, path, "id");
    String text = text(node, path, "text");
    double weight = 1.0;
    JsonNode weightNode = node.fields().get("weight");
    if (weightNode != null) {
      if (weightNode.kind != JsonNode.Kind.NUMBER) {
        problem(weightNode, path + ".weight",
            "weight must be a number, was " + weightNode.kind.description);
      } else if (!(weightNode.number() > 0) || Double.isInfinite(weightNode.number())) {
        problem(weightNode, path + ".weight",
            "weight must be finite and greater than 0, was " + render(weightNode));
      } else {
        weight = weightNode.number();
      }
    }
    boolean required = false;
    JsonNode requiredNode = node.fields().get("required");
    if (requiredNode != null) {
      if (requiredNode.kind != JsonNode.Kind.BOOLEAN) {
        problem(requiredNode, path + ".required",
            "required must be true or false, was " + requiredNode.kind.description);
      } else {
        required = requiredNode.bool();
      }
    }
    List<String> phrasings = patterns(node, path, "phrasings");
    List<String> contradictions = patterns(node, path, "contradictions");
    if (problems.size() > before || id == null || text == null) {
      locatePatternProblems(node, path, "phrasings", phrasings);
      locatePatternProblems(node, path, "contradictions", contradictions);
      return null;
    }
    // The constructor parses every pattern; a valid bank, the common case, parses each once.
    // Only when it fails are the patterns parsed again, one by one, to say where.
    try {
      return new KeyPoint(id, text, weight, required, phrasings, contradictions);
    } catch (IllegalArgumentException e) {
      int located = problems.size();
      locatePatternProblems(node, path, "phrasings", phrasings);
      locatePatternProblems(node, path, "contradictions", contradictions);
      if (problems.size() == located) {
        problem(node, path, String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  private List<String> patterns(JsonNode node, String path, String field) {
    JsonNode list = node.fields().get(field);
    if (list == null) {
      return List.of();
    }
    List<String> patterns = strings(list, path + "." + field);
    return patterns == null ? List.of() : patterns;
  }

  /** Reports every invalid pattern of {@code field} at its own line and column. */
  private void locatePatternProblems(
      JsonNode node, String path, String field, List<String> patterns) {
    JsonNode list = node.fields().get(field);
    if (list == null) {
      return;
    }
    for (int i = 0; i < patterns.size(); i++) {
      try {
        MatchPattern.parse(patterns.get(i));
      } catch (IllegalArgumentException e) {
        problem(list.items().get(i), path + "." + field + "[" + i + "]",
            "invalid pattern: " + e.getMessage());
      }
    }
  }

  /** Key point ids as written, so that one broken key point does not make follow-ups fail too. */
  private static Set<String> declaredKeyPointIds(JsonNode question) {
    Set<String> ids = new HashSet<>();
    JsonNode list = question.fields().get("keyPoints");
    if (list != null && list.kind == JsonNode.Kind.ARRAY) {
      for (JsonNode point : list.items()) {
        JsonNode id = point.kind == JsonNode.Kind.OBJECT ? point.fields().get("id") : null;
        if (id != null && id.kind == JsonNode.Kind.STRING) {
          ids.add(id.text());
        }
      }
    }
    return ids;
  }

  private List<FollowUp> followUps(JsonNode node, String path, Set<String> keyPointIds) {
    List<FollowUp> followUps = new ArrayList<>();
    JsonNode list = node.fields().get("followUps");
    if (list == null) {
      return followUps;
    }
    List<JsonNode> items = array(list, path + ".followUps");
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + ".followUps[" + i + "]";
      JsonNode item = items.get(i);
      if (item.kind == JsonNode.Kind.STRING) {
        if (item.text().isBlank()) {
          problem(item, itemPath, "follow-up must not be blank");
        } else {
          followUps.add(FollowUp.of(item.text()));
        }
        continue;
      }
      if (item.kind != JsonNode.Kind.OBJECT) {
        problem(item, itemPath,
            "follow-up must be a string or an object, was " + item.kind.description);
        continue;
      }
      int before = problems.size();
      checkFields(item, itemPath, FOLLOW_UP_FIELDS);
      String prompt = text(item, itemPath, "prompt");
      List<String> targets = List.of();
      JsonNode targetList = item.fields().get("keyPoints");
      if (targetList != null) {
        List<String> ids = strings(targetList, itemPath + ".keyPoints");
        if (ids != null) {
          targets = ids;
          for (int t = 0; t < ids.size(); t++) {
            String id = ids.get(t);
            if (!keyPointIds.contains(id)) {
              problem(targetList.items().get(t), itemPath + ".keyPoints[" + t + "]",
                  "follow-up names unknown key point '" + id + "'");
            }
          }
        }
      }
      // A follow-up's own reference answer and rubric are read as a question's are.
      Optional<String> answer = Optional.empty();
      if (item.fields().containsKey("referenceAnswer")) {
        answer = Optional.ofNullable(text(item, itemPath, "referenceAnswer"));
      }
      List<KeyPoint> rubric = keyPoints(item, itemPath, "rubric");
      JsonNode rubricNode = item.fields().get("rubric");
      if (rubricNode != null && !item.fields().containsKey("referenceAnswer")) {
        problem(rubricNode, itemPath + ".rubric",
            "a follow-up with a 'rubric' needs a 'referenceAnswer'");
      }
      if (prompt != null && problems.size() == before) {
        try {
          followUps.add(new FollowUp(prompt, targets, answer, rubric));
        } catch (IllegalArgumentException e) {
          problem(item, itemPath, String.valueOf(e.getMessage()));
        }
      }
    }
    return followUps;
  }

  // ---------------------------------------------------------------------------------------------
  // Field helpers: each records a problem and returns null (or empty) when the value is unusable.

  private boolean isObject(JsonNode node, String path) {
    if (node.kind != JsonNode.Kind.OBJECT) {
      problem(node, path, "expected an object, was " + node.kind.description);
      return false;
    }
    return true;
  }

  private List<JsonNode> array(JsonNode node, String path) {
    if (node.kind != JsonNode.Kind.ARRAY) {
      problem(node, path, "expected an array, was " + node.kind.description);
      return List.of();
    }
    return node.items();
  }

  private @Nullable List<String> strings(JsonNode node, String path) {
    if (node.kind != JsonNode.Kind.ARRAY) {
      problem(node, path, "expected an array of strings, was " + node.kind.description);
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    List<JsonNode> items = node.items();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (item.kind != JsonNode.Kind.STRING) {
        problem(item, path + "[" + i + "]", "expected a string, was " + item.kind.description);
        ok = false;
      } else if (item.text().isBlank()) {
        problem(item, path + "[" + i + "]", "must not be blank");
        ok = false;
      } else {
        out.add(item.text());
      }
    }
    return ok ? out : null;
  }

  private @Nullable String text(JsonNode node, String path, String field) {
    JsonNode value = node.fields().get(field);
    if (value == null) {
      problem(node, path, "missing field '" + field + "'");
      return null;
    }
    if (value.kind != JsonNode.Kind.STRING) {
      problem(value, path + "." + field,
          "'" + field + "' must be a string, was " + value.kind.description);
      return null;
    }
    if (value.text().isBlank()) {
      problem(value, path + "." + field, "'" + field + "' must not be blank");
      return null;
    }
    return value.text();
  }

  private @Nullable String id(JsonNode node, String path, String field) {
    String id = text(node, path, field);
    if (id != null && !Checks.isKebabId(id)) {
      problem(node.fields().get(field), path + "." + field,
          "'" + id + "' is not a kebab-case id (lower-case letters and digits joined by single"
              + " hyphens, at most " + Checks.MAX_ID_LENGTH + " characters)");
      return null;
    }
    return id;
  }

  private void checkFields(JsonNode node, String path, Set<String> known) {
    for (String name : node.fields().keySet()) {
      if (!known.contains(name)) {
        JsonNode value = node.fields().get(name);
        problem(value == null ? node : value, path + "." + name,
            "unknown field '" + name + "' (expected one of " + sorted(known) + ")");
      }
    }
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", names.stream().filter(n -> !n.startsWith("$")).sorted().toList());
  }

  private void problem(@Nullable JsonNode at, String path, String message) {
    int line = at == null ? 0 : Math.max(at.line, 0);
    int column = at == null ? 0 : Math.max(at.column, 0);
    problems.add(BankProblem.of(source, line, column, path, questionId, message));
  }
}
