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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the JSON bank format into a {@link QuestionBank}, collecting every problem with its
 * location before failing as a whole. Not part of the API: do not use.
 *
 * <p>The document is read as a stream of tokens, and each value is checked where it stands: a
 * valid value is kept for the bank being built, an invalid one is reported and dropped at once
 * (its children skipped unread). So memory follows the valid content, whatever a hostile file
 * holds: the first {@link QuestionBankException#MAX_LISTED_PROBLEMS} problems are kept, the rest
 * only counted. The few checks that need later content (a follow-up naming a key point written
 * after it, a question naming topics declared after the questions) keep the references, which
 * are valid where they stand, until that content arrives.
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
  private final JsonParser parser;
  private final List<BankProblem> problems = new ArrayList<>();
  private int problemCount;
  /** The names and indexes leading to the current value; rendered only for a problem. */
  private final List<Object> path = new ArrayList<>();
  private @Nullable String questionId;

  /** The bank's declared topics, or null until the {@code topics} field has been read. */
  private @Nullable Map<String, Topic> declaredTopics;

  /** A question read before the bank's topics, with the topic references still to resolve. */
  private record Unresolved(int index, Question question, List<Reference> topics) {}

  /** A reference by id to something that may be declared later, and where it was written. */
  private record Reference(String id, int line, int column, String path) {}

  private BankReader(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  /** Reads a bank file. */
  public static QuestionBank read(Path file) {
    String source = file.toString();
    try {
      if (Files.size(file) > QuestionBank.MAX_DOCUMENT_BYTES) {
        throw tooLarge(source);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (IOException e) {
      throw QuestionBankException.of(BankProblem.of(source, reason(e)), e);
    }
  }

  /**
   * Why reading failed, in plain words: "no such file", "permission denied", "is a directory",
   * else "cannot read: " and the system's reason.
   */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return "cannot read";
    }
    // The system's words start a sentence ("Is a directory"); here they follow "FILE: ".
    why = lowerFirst(firstLine(why).strip());
    return why.equals("is a directory") ? why : "cannot read: " + why;
  }

  /** Reads a bank from a stream without closing it. */
  public static QuestionBank read(InputStream in, String source) {
    LimitedInputStream limited = new LimitedInputStream(in, QuestionBank.MAX_DOCUMENT_BYTES);
    try (JsonParser parser =
        JsonSupport.FACTORY.createParser(JsonSupport.READ_CONTEXT, limited)) {
      try {
        return new BankReader(source, new NumberLengthParser(parser)).document();
      } catch (JacksonException e) {
        // Handled before the parser closes: its position is where the error stands.
        if (limited.exceeded()) {
          throw tooLarge(source);
        }
        if (e.getCause() instanceof IOException io) {
          throw QuestionBankException.of(BankProblem.of(source, reason(io)), e);
        }
        throw malformed(source, parser, e);
      }
    } catch (JacksonException e) {
      // Creating the parser reads the first bytes, to detect the encoding.
      throw QuestionBankException.of(BankProblem.of(source, e.getCause() instanceof IOException io
          ? reason(io) : "cannot read: " + plain(e.getOriginalMessage(), null)), e);
    }
  }

  private static QuestionBankException tooLarge(String source) {
    return QuestionBankException.of(List.of(BankProblem.of(source,
        "document is larger than the limit of " + QuestionBank.MAX_DOCUMENT_BYTES + " bytes")));
  }

  /** A syntax error, or a document past a parser limit, at the parser's position. */
  private static QuestionBankException malformed(
      String source, JsonParser parser, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() <= 0) {
      at = parser.currentLocation();
    }
    String message = e instanceof StreamConstraintsException
        ? overLimit(e) : "malformed JSON: " + plain(e.getOriginalMessage(),
            parser.streamReadContext());
    return QuestionBankException.of(
        BankProblem.of(source, message)
            .withLocation(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)),
        e);
  }

  /** The documented message of a parser limit (the parser's own names its API). */
  private static String overLimit(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Document nesting depth")) {
      return "nesting is deeper than the limit of " + QuestionBank.MAX_NESTING_DEPTH + " levels";
    }
    if (original.startsWith("String value length")) {
      return String.format(Locale.ROOT, "a string is longer than the limit of %,d characters",
          QuestionBank.MAX_STRING_LENGTH);
    }
    if (original.startsWith("Name length")) {
      return String.format(Locale.ROOT, "a field name is longer than the limit of %,d characters",
          JsonSupport.MAX_NAME_LENGTH);
    }
    if (original.startsWith("Number value length")) {
      return "a number is longer than the limit of " + JsonSupport.MAX_NUMBER_LENGTH
          + " characters";
    }
    return "malformed JSON: " + plain(original, null);
  }

  /**
   * A parser's syntax error in plain words, one line, without the parser's internals (its
   * settings, the "[Source: REDACTED ...]" of a location, character codes): where the document
   * ends too early, which array or object was left open, from {@code context}, the parser's
   * context at the error, when known.
   */
  static String plain(@Nullable String original, @Nullable TokenStreamContext context) {
    String m = firstLine(original).strip();
    if (m.startsWith("Unexpected end-of-input")) {
      if (m.contains("VALUE_STRING")) {
        return "the file ends inside a string";
      }
      if (m.contains("property name")) {
        return "the file ends inside a field name";
      }
      if (context != null && (context.inArray() || context.inObject())) {
        return "the file ends inside " + opened(context);
      }
      return "the file ends too early";
    }
    if (m.startsWith("Unexpected close marker") && m.contains("expected '") && context != null
        && (context.inArray() || context.inObject())) {
      return "unexpected " + m.substring("Unexpected close marker ".length(), m.indexOf(':'))
          + ": " + opened(context) + " is closed with '" + (context.inArray() ? ']' : '}')
          + "'";
    }
    // "('x' (code 120))" and "((CTRL-CHAR, code 9))": the character, or its code point.
    // The pattern is compiled here, on the error path, not when a bank is read.
    m = Pattern.compile("\\('.{1,2}' \\(code \\d+ / 0x([0-9a-f]+)\\)\\)").matcher(m)
        .replaceAll(c -> "U+" + c.group(1).toUpperCase(Locale.ROOT));
    m = m.replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
        .replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "'$1'")
        .replaceAll("\\s*\\((for [A-Za-z]+ starting|start marker) at \\[Source:.*$", "")
        .replaceAll(": enable `[A-Za-z_.]+` to allow$", "")
        .replace("maybe a (non-standard) comment? (not recognized as one since Feature"
            + " 'ALLOW_COMMENTS' not enabled for parser)", "comments are not allowed in JSON");
    return lowerFirst(m);
  }

  /** {@code s} with a capital that starts a sentence ("Is a directory") in lower case. */
  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && !Character.isUpperCase(s.charAt(1))
        ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
  }

  /** "an array opened at line 1, column 32": the array or object the parser is in. */
  private static String opened(TokenStreamContext context) {
    TokenStreamLocation at = context.startLocation(ContentReference.unknown());
    return (context.inArray() ? "an array" : "an object") + (at.getLineNr() > 0
        ? " opened at line " + at.getLineNr() + ", column " + at.getColumnNr() : "");
  }

  private static String firstLine(@Nullable String message) {
    String m = String.valueOf(message);
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  private QuestionBank document() {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw QuestionBankException.of(
          List.of(BankProblem.of(source, "document is empty").withLocation(1, 1)));
    }
    if (first != JsonToken.START_OBJECT) {
      throw QuestionBankException.of(List.of(BankProblem.of(source,
              "the document must be an object, was " + describe(first))
          .withLocation(line(), column()).withJsonPath("$")));
    }
    int startLine = line();
    int startColumn = column();
    Set<String> seen = new HashSet<>();
    List<SynonymGroup> synonyms = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    for (String name = firstField(BANK_FIELDS, seen); name != null;
        name = nextField(BANK_FIELDS, seen)) {
      switch (name) {
        case "formatVersion" -> formatVersion();
        case "topics" -> declaredTopics = topics();
        case "synonyms" -> synonyms(synonyms);
        case "questions" -> questions(questions, unresolved);
        default -> parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw QuestionBankException.of(List.of(BankProblem.of(source,
              "unexpected content after the end of the document")
          .withLocation(line(), column())));
    }
    if (!seen.contains("formatVersion")) {
      throw QuestionBankException.of(List.of(BankProblem.of(source,
              "missing field 'formatVersion' (this release reads version " + FORMAT_VERSION + ")")
          .withLocation(startLine, startColumn).withJsonPath("$")));
    }
    if (!seen.contains("questions")) {
      problem(startLine, startColumn, "missing field 'questions'");
    }
    Map<String, Topic> topics = declaredTopics == null ? Map.of() : declaredTopics;
    for (Unresolved u : unresolved) {
      resolveLater(u, topics, questions);
    }
    if (problemCount > 0) {
      throw QuestionBankException.of(problems, problemCount);
    }
    try {
      return QuestionBank.of(topics.values(), questions, synonyms);
    } catch (IllegalArgumentException e) {
      problem(startLine, startColumn, String.valueOf(e.getMessage()));
      throw QuestionBankException.of(problems, problemCount);
    }
  }

  /**
   * Checks the version where it stands: a file from a newer release fails on this one problem
   * rather than on everything the newer format changed.
   */
  private void formatVersion() {
    JsonToken token = parser.currentToken();
    boolean ok = (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
        && parser.getDoubleValue() == FORMAT_VERSION;
    if (!ok) {
      String was = switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getDoubleValue());
        case VALUE_STRING -> Checks.quote(parser.getString());
        default -> describe(token);
      };
      throw QuestionBankException.of(List.of(BankProblem.of(source,
              "unsupported formatVersion " + was + ": this release reads version "
                  + FORMAT_VERSION)
          .withLocation(line(), column()).withJsonPath(renderPath())));
    }
  }

  private Map<String, Topic> topics() {
    Map<String, Topic> topics = new LinkedHashMap<>();
    if (!startArray("expected an array")) {
      return topics;
    }
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      topic(topics);
      path.remove(path.size() - 1);
    }
    return topics;
  }

  private void topic(Map<String, Topic> topics) {
    Start start = objectStart("expected an object");
    if (start == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    @Nullable Reference id = null;
    @Nullable String name = null;
    for (String field = firstField(TOPIC_FIELDS, seen); field != null;
        field = nextField(TOPIC_FIELDS, seen)) {
      switch (field) {
        case "id" -> id = here(id("id"));
        case "name" -> name = text("name");
        default -> parser.skipChildren();
      }
    }
    missing(seen, start, "id", "name");
    if (id == null || name == null || problemCount > start.problemsBefore()) {
      return;
    }
    if (topics.containsKey(id.id())) {
      problemAtPath(id.line(), id.column(), id.path(), "duplicate topic id '" + id.id() + "'");
      return;
    }
    topics.put(id.id(), new Topic(id.id(), name));
  }

  private void synonyms(List<SynonymGroup> groups) {
    groups(groups, terms -> {
      if (terms.size() < 2) {
        throw new IllegalArgumentException("a synonym group needs at least two terms");
      }
      return new SynonymGroup(terms);
    });
  }

  /**
   * An array of arrays of strings, each made into a group by {@code make}: synonym groups,
   * contrasts. A group that {@code make} refuses is reported where it stands.
   */
  private <T> void groups(List<T> groups, Function<List<String>, T> make) {
    if (!startArray("expected an array")) {
      return;
    }
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      int line = line();
      int column = column();
      List<String> terms = strings();
      if (terms != null) {
        try {
          groups.add(make.apply(terms));
        } catch (IllegalArgumentException e) {
          problem(line, column, String.valueOf(e.getMessage()));
        }
      }
      path.remove(path.size() - 1);
    }
  }

  private void questions(List<Question> questions, List<Unresolved> unresolved) {
    if (!startArray("expected an array")) {
      return;
    }
    Map<String, Integer> seenAtLine = new HashMap<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      if (i == QuestionBank.MAX_QUESTIONS) {
        problem(line(), column(), String.format(Locale.ROOT,
            "the bank has more than %,d questions (the limit); the rest are checked, not kept",
            QuestionBank.MAX_QUESTIONS));
      }
      question(seenAtLine, questions, unresolved);
      questionId = null;
      path.remove(path.size() - 1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A question

  private void question(
      Map<String, Integer> seenAtLine, List<Question> questions, List<Unresolved> unresolved) {
    Start start = objectStart("expected an object");
    if (start == null) {
      return;
    }
    int listedBefore = problems.size();
    Set<String> seen = new HashSet<>();
    questionId = null;
    boolean duplicate = false;
    @Nullable String prompt = null;
    @Nullable String answer = null;
    @Nullable Difficulty difficulty = null;
    List<Reference> topicRefs = List.of();
    List<KeyPoint> keyPoints = new ArrayList<>();
    Map<String, Integer> keyPointLines = new HashMap<>();
    Set<String> writtenKeyPointIds = new HashSet<>();
    List<FollowUp> followUps = new ArrayList<>();
    List<Reference> targets = new ArrayList<>();
    List<Contrast> contrasts = new ArrayList<>();
    for (String field = firstField(QUESTION_FIELDS, seen); field != null;
        field = nextField(QUESTION_FIELDS, seen)) {
      switch (field) {
        case "id" -> {
          int line = line();
          String id = id("id");
          if (id != null) {
            questionId = id;
            nameQuestion(listedBefore, id);
            Integer firstLine = seenAtLine.putIfAbsent(id, line);
            if (firstLine != null) {
              problem(line, column(), "duplicate question id (first used on line " + firstLine
                  + ")");
              duplicate = true;
            }
          }
        }
        case "prompt" -> prompt = text("prompt");
        case "referenceAnswer" -> answer = text("referenceAnswer");
        case "difficulty" -> difficulty = difficulty();
        case "topics" -> topicRefs = questionTopics();
        case "keyPoints" -> keyPoints(keyPoints, keyPointLines, writtenKeyPointIds);
        case "followUps" ->
            followUps(followUps, targets, writtenKeyPointIds, seen.contains("keyPoints"));
        case "contrasts" -> groups(contrasts, Contrast::new);
        default -> parser.skipChildren();
      }
    }
    missing(seen, start, "id", "prompt", "difficulty", "referenceAnswer");
    // Follow-ups written before the key points they name are checked now.
    for (Reference target : targets) {
      if (target.line() > 0 && !writtenKeyPointIds.contains(target.id())) {
        problemAtPath(target.line(), target.column(), target.path(),
            "follow-up names unknown key point '" + target.id() + "'");
      }
    }
    String id = questionId;
    if (problemCount > start.problemsBefore() || id == null || prompt == null || answer == null
        || difficulty == null || duplicate || questions.size() >= QuestionBank.MAX_QUESTIONS) {
      return;
    }
    Map<String, Topic> topics = declaredTopics;
    List<Topic> resolved = topics == null ? List.of() : resolve(topicRefs, topics);
    if (problemCount > start.problemsBefore()) {
      return;
    }
    Question q;
    try {
      q = new Question(id, prompt, difficulty, resolved, answer, keyPoints, followUps,
          contrasts);
    } catch (IllegalArgumentException e) {
      problem(start.line(), start.column(), String.valueOf(e.getMessage()));
      return;
    }
    if (topics == null && !topicRefs.isEmpty()) {
      unresolved.add(new Unresolved(questions.size(), q, topicRefs));
    }
    questions.add(q);
  }

  /** Resolves a question's topics once the bank's topics are known; reports unknown ones. */
  private List<Topic> resolve(List<Reference> refs, Map<String, Topic> topics) {
    List<Topic> resolved = new ArrayList<>(refs.size());
    for (Reference ref : refs) {
      Topic topic = topics.get(ref.id());
      if (topic == null) {
        problemAtPath(ref.line(), ref.column(), ref.path(),
            "unknown topic '" + ref.id() + "' (declare it in 'topics')");
      } else {
        resolved.add(topic);
      }
    }
    return resolved;
  }

  private void resolveLater(Unresolved u, Map<String, Topic> topics, List<Question> questions) {
    Question q = u.question();
    questionId = q.id();
    int before = problemCount;
    List<Topic> resolved = resolve(u.topics(), topics);
    questionId = null;
    if (problemCount == before) {
      questions.set(u.index(), q.toBuilder().topics(resolved.toArray(Topic[]::new)).build());
    }
  }

  private @Nullable Difficulty difficulty() {
    String id = text("difficulty");
    if (id == null) {
      return null;
    }
    Difficulty difficulty = Difficulty.fromId(id).orElse(null);
    if (difficulty == null) {
      problem(line(), column(),
          "difficulty must be 'beginner', 'intermediate' or 'advanced', was " + Checks.quote(id));
    }
    return difficulty;
  }

  /**
   * The topic ids a question names, each once, with where they stand. Known only once the bank's
   * topics are read: before that, each id is kept to check later.
   */
  private List<Reference> questionTopics() {
    List<Reference> refs = new ArrayList<>();
    if (!startArray("expected an array of strings")) {
      return refs;
    }
    Map<String, Topic> declared = declaredTopics;
    Set<String> listed = new HashSet<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      String id = string("expected a string", "must not be blank");
      if (id == null) {
        // reported
      } else if (declared != null && !declared.containsKey(id)) {
        problem(line(), column(), "unknown topic " + Checks.quote(id)
            + " (declare it in 'topics')");
      } else if (listed.contains(id)) {
        problem(line(), column(), "topic " + Checks.quote(id) + " is listed twice");
      } else if (listed.size() == Question.MAX_TOPICS) {
        problem(line(), column(), "a question has at most " + Question.MAX_TOPICS + " topics");
        listed.add(id); // reported once: the rest are not kept
      } else if (listed.size() < Question.MAX_TOPICS) {
        listed.add(id);
        refs.add(new Reference(id, line(), column(), renderPath()));
      }
      path.remove(path.size() - 1);
    }
    return refs;
  }

  private void keyPoints(
      List<KeyPoint> points, Map<String, Integer> seenAtLine, Set<String> writtenIds) {
    if (!startArray("expected an array")) {
      return;
    }
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      if (i == Question.MAX_KEY_POINTS) {
        problem(line(), column(), String.format(Locale.ROOT,
            "a question has at most %,d key points; the rest are checked, not kept",
            Question.MAX_KEY_POINTS));
      }
      keyPoint(points, seenAtLine, writtenIds);
      path.remove(path.size() - 1);
    }
  }

  private void keyPoint(
      List<KeyPoint> points, Map<String, Integer> seenAtLine, Set<String> writtenIds) {
    Start start = objectStart("expected an object");
    if (start == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    @Nullable Reference idAt = null;
    @Nullable String text = null;
    double weight = 1.0;
    boolean required = false;
    Patterns phrasings = Patterns.NONE;
    Patterns contradictions = Patterns.NONE;
    for (String field = firstField(KEY_POINT_FIELDS, seen); field != null;
        field = nextField(KEY_POINT_FIELDS, seen)) {
      switch (field) {
        case "id" -> {
          String written = text("id");
          if (written != null) {
            // A follow-up may name any key point written, valid or not: one fault, one problem.
            if (writtenIds.size() < Question.MAX_KEY_POINTS) {
              writtenIds.add(written);
            }
            idAt = here(kebab(written));
          }
        }
        case "text" -> text = text("text");
        case "weight" -> weight = weight();
        case "required" -> required = required();
        case "phrasings" -> phrasings = patterns();
        case "contradictions" -> contradictions = patterns();
        default -> parser.skipChildren();
      }
    }
    missing(seen, start, "id", "text");
    if (problemCount > start.problemsBefore() || idAt == null || text == null) {
      return;
    }
    String id = idAt.id();
    KeyPoint point;
    // The constructor parses every pattern; a valid bank, the common case, parses each once.
    // Only when it fails are the patterns parsed again, one by one, to say where.
    try {
      point = new KeyPoint(id, text, weight, required, phrasings.texts, contradictions.texts);
    } catch (IllegalArgumentException e) {
      int located = problemCount;
      locatePatternProblems("phrasings", phrasings);
      locatePatternProblems("contradictions", contradictions);
      if (problemCount == located) {
        problem(start.line(), start.column(), String.valueOf(e.getMessage()));
      }
      return;
    }
    Integer firstLine = seenAtLine.putIfAbsent(id, start.line());
    if (firstLine != null) {
      problemAtPath(idAt.line(), idAt.column(), idAt.path(),
          "duplicate key point id '" + id + "' (first used on line " + firstLine + ")");
      return;
    }
    if (points.size() < Question.MAX_KEY_POINTS) {
      points.add(point);
    }
  }

  /**
   * Pattern texts with where each was written (line, column, index in its array), to locate a
   * faulty one; kept in arrays of ints, since a bank may hold millions of patterns.
   */
  private static final class Patterns {
    static final Patterns NONE = new Patterns();

    final List<String> texts = new ArrayList<>();
    private int[] places = new int[12];

    void add(String text, int line, int column, int index) {
      int at = texts.size() * 3;
      if (at + 3 > places.length) {
        places = Arrays.copyOf(places, places.length * 2);
      }
      places[at] = line;
      places[at + 1] = column;
      places[at + 2] = index;
      texts.add(text);
    }

    int line(int i) {
      return places[i * 3];
    }

    int column(int i) {
      return places[i * 3 + 1];
    }

    int index(int i) {
      return places[i * 3 + 2];
    }
  }

  private Patterns patterns() {
    if (!startArray("expected an array of strings")) {
      return Patterns.NONE;
    }
    Patterns patterns = new Patterns();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      String text = string("expected a string", "must not be blank");
      if (text != null) {
        patterns.add(text, line(), column(), i);
      }
      path.remove(path.size() - 1);
    }
    return patterns;
  }

  /** Reports every invalid pattern of {@code field} at its own line and column. */
  private void locatePatternProblems(String field, Patterns patterns) {
    for (int i = 0; i < patterns.texts.size(); i++) {
      try {
        MatchPattern.parse(patterns.texts.get(i));
      } catch (IllegalArgumentException e) {
        path.add(field);
        path.add(patterns.index(i));
        problem(patterns.line(i), patterns.column(i), "invalid pattern: " + e.getMessage());
        path.remove(path.size() - 1);
        path.remove(path.size() - 1);
      }
    }
  }

  private double weight() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      mismatch("weight must be a number");
      return 1.0;
    }
    double weight = parser.getDoubleValue();
    if (!(weight > 0) || Double.isInfinite(weight)) {
      problem(line(), column(),
          "weight must be finite and greater than 0, was " + number(weight));
    }
    return weight;
  }

  private boolean required() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      mismatch("required must be true or false");
      return false;
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * Follow-ups; the key point ids they name are checked against the key points written so far,
   * or kept to check when the question ends if its key points come later.
   */
  private void followUps(List<FollowUp> followUps, List<Reference> laterTargets,
      Set<String> writtenKeyPointIds, boolean keyPointsRead) {
    if (!startArray("expected an array")) {
      return;
    }
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        String prompt = string("", "follow-up must not be blank");
        if (prompt != null) {
          followUps.add(FollowUp.of(prompt));
        }
      } else if (token == JsonToken.START_OBJECT) {
        followUp(followUps, laterTargets, writtenKeyPointIds, keyPointsRead);
      } else {
        mismatch("follow-up must be a string or an object");
      }
      path.remove(path.size() - 1);
    }
  }

  private void followUp(List<FollowUp> followUps, List<Reference> laterTargets,
      Set<String> writtenKeyPointIds, boolean keyPointsRead) {
    Start start = new Start(line(), column(), problemCount);
    Set<String> seen = new HashSet<>();
    @Nullable String prompt = null;
    List<String> targets = List.of();
    Optional<String> answer = Optional.empty();
    // A follow-up's own rubric is read as a question's key points are, its ids its own.
    List<KeyPoint> rubric = new ArrayList<>();
    @Nullable Reference rubricAt = null;
    for (String field = firstField(FOLLOW_UP_FIELDS, seen); field != null;
        field = nextField(FOLLOW_UP_FIELDS, seen)) {
      switch (field) {
        case "prompt" -> prompt = text("prompt");
        case "keyPoints" ->
            targets = targets(laterTargets, writtenKeyPointIds, keyPointsRead);
        case "referenceAnswer" -> answer = Optional.ofNullable(text("referenceAnswer"));
        case "rubric" -> {
          rubricAt = here("rubric");
          keyPoints(rubric, new HashMap<>(), new HashSet<>());
        }
        default -> parser.skipChildren();
      }
    }
    missing(seen, start, "prompt");
    if (rubricAt != null && !seen.contains("referenceAnswer")) {
      problemAtPath(rubricAt.line(), rubricAt.column(), rubricAt.path(),
          "a follow-up with a 'rubric' needs a 'referenceAnswer'");
    }
    if (prompt == null || problemCount > start.problemsBefore()) {
      return;
    }
    try {
      followUps.add(new FollowUp(prompt, targets, answer, rubric));
    } catch (IllegalArgumentException e) {
      problem(start.line(), start.column(), String.valueOf(e.getMessage()));
    }
  }

  /**
   * The key point ids a follow-up names. Once the question's key points are read, an unknown id
   * is reported at once; before that, each id is kept to check when the question ends.
   */
  private List<String> targets(List<Reference> laterTargets, Set<String> writtenKeyPointIds,
      boolean keyPointsRead) {
    List<String> ids = new ArrayList<>();
    if (!startArray("expected an array of strings")) {
      return ids;
    }
    Set<String> listed = new HashSet<>();
    for (int t = 0; parser.nextToken() != JsonToken.END_ARRAY; t++) {
      path.add(t);
      String id = string("expected a string", "must not be blank");
      boolean known = id != null && writtenKeyPointIds.contains(id);
      if (id == null) {
        // reported
      } else if (!known && (keyPointsRead || !Checks.isKebabId(id))) {
        problem(line(), column(), "follow-up names unknown key point " + Checks.quote(id));
      } else if (listed.contains(id)) {
        problem(line(), column(), "key point " + Checks.quote(id) + " is named twice");
      } else if (known) {
        listed.add(id); // at most as many as the key points kept
        if (Checks.isKebabId(id)) {
          ids.add(id); // a key point with an invalid id is reported where it is written
        }
      } else if (laterTargets.size() == Question.MAX_KEY_POINTS) {
        // More names than a question may have key points: they cannot all be right.
        problem(line(), column(), String.format(Locale.ROOT,
            "the follow-ups name more than %,d key points, more than a question may have",
            Question.MAX_KEY_POINTS));
        laterTargets.add(new Reference(id, 0, 0, "")); // a marker: reported once
      } else if (laterTargets.size() < Question.MAX_KEY_POINTS) {
        listed.add(id);
        ids.add(id);
        laterTargets.add(new Reference(id, line(), column(), renderPath()));
      }
      path.remove(path.size() - 1);
    }
    return ids;
  }

  // ---------------------------------------------------------------------------------------------
  // Values: each helper reads the value at the current token; an unusable value is reported,
  // skipped with its children, and answered with null.

  /** Where an object starts, and how many problems were known there. */
  private record Start(int line, int column, int problemsBefore) {}

  /** The start of the object at the current token, or null after reporting that it is none. */
  private @Nullable Start objectStart(String expected) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      mismatch(expected);
      return null;
    }
    return new Start(line(), column(), problemCount);
  }

  private boolean startArray(String expected) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      mismatch(expected);
      return false;
    }
    return true;
  }

  /** Reports a value of the wrong type, {@code expected} saying what was wanted, and skips it. */
  private void mismatch(String expected) {
    if (problems.size() < QuestionBankException.MAX_LISTED_PROBLEMS) {
      problem(line(), column(), expected + ", was " + describe(parser.currentToken()));
    } else {
      problemCount++; // counted only: a hostile file may hold millions
    }
    parser.skipChildren();
  }

  /** An array of non-blank strings, or null when any element is unusable. */
  private @Nullable List<String> strings() {
    if (!startArray("expected an array of strings")) {
      return null;
    }
    int before = problemCount;
    List<String> out = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.add(i);
      String s = string("expected a string", "must not be blank");
      if (s != null && problemCount == before) {
        out.add(s);
      }
      path.remove(path.size() - 1);
    }
    return problemCount == before ? out : null;
  }

  /**
   * A non-blank string that a bank can hold; {@code mismatch} says what was expected when the
   * value is not a string, {@code blank} what is wrong when it is blank.
   */
  private @Nullable String string(String mismatch, String blank) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      mismatch(mismatch);
      return null;
    }
    String s = parser.getString();
    if (s.isBlank()) {
      problem(line(), column(), blank);
      return null;
    }
    String wrong = Checks.textProblem(s);
    if (wrong != null) {
      problem(line(), column(), "the text " + wrong);
      return null;
    }
    return s;
  }

  /** {@code value} with where the current value stands, or null for null. */
  private @Nullable Reference here(@Nullable String value) {
    return value == null ? null : new Reference(value, line(), column(), renderPath());
  }

  /** The string value of the named field. */
  private @Nullable String text(String field) {
    return string("'" + field + "' must be a string", "'" + field + "' must not be blank");
  }

  private @Nullable String id(String field) {
    String id = text(field);
    return id == null ? null : kebab(id);
  }

  /** The id if it is kebab-case; otherwise null, reported at the current value. */
  private @Nullable String kebab(String id) {
    if (!Checks.isKebabId(id)) {
      problem(line(), column(), Checks.quote(id) + " is not a kebab-case id (lower-case letters"
          + " and digits joined by single hyphens, at most " + Checks.MAX_ID_LENGTH
          + " characters)");
      return null;
    }
    return id;
  }

  /**
   * Moves to the first field of the object at hand worth reading: its value is then the current
   * token and its name ends the path. Null when there is none. Unknown and repeated fields on the
   * way are reported and skipped.
   */
  private @Nullable String firstField(Set<String> known, Set<String> seen) {
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      if (knownField(known, seen)) {
        String name = parser.currentName();
        path.add(name);
        return name;
      }
    }
    return null;
  }

  /** As {@link #firstField}, once the value of the previous field has been read. */
  private @Nullable String nextField(Set<String> known, Set<String> seen) {
    path.remove(path.size() - 1);
    return firstField(known, seen);
  }

  /**
   * At a property name: whether its value is one to read. An unknown field or a repeated key is
   * reported and its value skipped. Only known names are remembered, so a hostile object with
   * millions of fields costs nothing.
   */
  private boolean knownField(Set<String> known, Set<String> seen) {
    String name = parser.currentName();
    TokenStreamLocation nameAt = parser.currentTokenLocation();
    parser.nextToken();
    if (!known.contains(name)) {
      if (problems.size() < QuestionBankException.MAX_LISTED_PROBLEMS) {
        path.add(name);
        problem(line(), column(),
            "unknown field " + Checks.quote(name) + " (expected one of " + sorted(known) + ")");
        path.remove(path.size() - 1);
      } else {
        problemCount++; // counted only: a hostile file may hold millions
      }
      parser.skipChildren();
      return false;
    }
    if (!seen.add(name)) {
      path.add(name);
      problem(Math.max(nameAt.getLineNr(), 0), Math.max(nameAt.getColumnNr(), 0),
          "duplicate key '" + name + "'");
      path.remove(path.size() - 1);
      parser.skipChildren();
      return false;
    }
    return true;
  }

  /** Reports each required field the object, starting at {@code start}, lacked. */
  private void missing(Set<String> seen, Start start, String... required) {
    for (String field : required) {
      if (!seen.contains(field)) {
        problem(start.line(), start.column(), "missing field '" + field + "'");
      }
    }
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", names.stream().filter(n -> !n.startsWith("$")).sorted().toList());
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  // ---------------------------------------------------------------------------------------------
  // Problems: the first ones kept, every one counted.

  private int line() {
    return Math.max(parser.currentTokenLocation().getLineNr(), 0);
  }

  private int column() {
    return Math.max(parser.currentTokenLocation().getColumnNr(), 0);
  }

  /** A problem at the current path. */
  private void problem(int line, int column, String message) {
    problemCount++;
    if (problems.size() < QuestionBankException.MAX_LISTED_PROBLEMS) {
      problems.add(located(line, column, renderPath(), message));
    }
  }

  private void problemAtPath(int line, int column, String jsonPath, String message) {
    problemCount++;
    if (problems.size() < QuestionBankException.MAX_LISTED_PROBLEMS) {
      problems.add(located(line, column, jsonPath, message));
    }
  }

  private BankProblem located(int line, int column, String jsonPath, String message) {
    BankProblem p = BankProblem.of(source, message).withLocation(line, column)
        .withJsonPath(jsonPath);
    String id = questionId;
    return id == null ? p : p.withQuestionId(id);
  }

  /** Names the question in the problems found in it before its id was read. */
  private void nameQuestion(int listedBefore, String id) {
    for (int i = listedBefore; i < problems.size(); i++) {
      BankProblem p = problems.get(i);
      if (p.questionId().isEmpty()) {
        problems.set(i, p.withQuestionId(id));
      }
    }
  }

  /**
   * A JSON path such as {@code $.questions[3].id} from its names and indexes. A long name (an
   * unknown field's) is cut as a message cuts it.
   */
  private String renderPath() {
    StringBuilder sb = new StringBuilder("$");
    for (Object step : path) {
      if (step instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        sb.append('.').append(Checks.cut((String) step));
      }
    }
    return sb.toString();
  }
}
