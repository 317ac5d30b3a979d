package io.github.interviewbank.cli;

import io.github.interviewbank.core.Contrast;
import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bundled bank as the build writes it into the command line's jar: the questions of {@link
 * QuestionBank#builtIn()} in a compact binary form that reads without a JSON parse. Beside it,
 * each question has a resource of its own, with the topics it names, so that {@code show ID}
 * reads a few kilobytes instead of inflating the whole snapshot, and the questions' summaries
 * one more, for {@code list}. Reading builds the same public model
 * objects, through their validating constructors, so a snapshot can only yield what the JSON
 * bank yields; a test checks that they are equal.
 *
 * <p>The form (all integers big-endian, texts as a length in bytes and UTF-8): a magic number and
 * version; the topics (id, name); the synonym groups (terms); the question ids with the offset of
 * each question in the rest; then the questions (id, prompt, difficulty id, topic indexes,
 * reference answer, key points, follow-ups, contrasts). A question's own resource holds a magic
 * number and version, its topics (id, name) and the question, its topic indexes into those. It is
 * an internal form of this jar only,
 * never read from elsewhere: a snapshot this build cannot read means a packaging error, and the
 * command line then reads the JSON bank. Public only for the build step that runs {@link #main}.
 *
 * @since 1.0.0
 */
public final class BankSnapshot {
  /** The resource, beside this class, that the build writes. */
  static final String RESOURCE = "bundled-bank.bin";

  /** The folder, beside this class, of the questions' own resources, named {@code ID.bin}. */
  static final String QUESTIONS = "bundled-questions/";

  /** The resource, beside this class, of every question's summary, for {@code list}. */
  static final String SUMMARIES = "bundled-summaries.bin";

  private static final int MAGIC = 0x49424253; // "IBBS"
  private static final int QUESTION_MAGIC = 0x49424251; // "IBBQ"
  private static final int SUMMARIES_MAGIC = 0x4942424c; // "IBBL"
  private static final int VERSION = 1;

  private final List<Topic> topics;
  private final List<SynonymGroup> synonyms;
  /** Where each question starts in {@link #questions}, in bank order. */
  private final int[] offsets;
  private final ByteBuffer questions;
  private volatile @Nullable QuestionBank bank;

  private BankSnapshot(List<Topic> topics, List<SynonymGroup> synonyms, int[] offsets,
      ByteBuffer questions) {
    this.topics = topics;
    this.synonyms = synonyms;
    this.offsets = offsets;
    this.questions = questions;
  }

  /**
   * Writes the bundled bank's snapshot and its questions' own resources into the folder named by
   * the first argument: the build's step that makes the resources. Reading the JSON bank here
   * validates it at build time.
   *
   * @param args the output folder; never {@code null}
   * @throws IOException if a file cannot be written
   * @since 1.0.0
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Path questions = Files.createDirectories(folder.resolve(QUESTIONS));
    QuestionBank bank = QuestionBank.builtIn();
    Files.write(folder.resolve(RESOURCE), write(bank));
    Files.write(folder.resolve(SUMMARIES), writeSummaries(bank));
    for (Question q : bank.questions()) {
      Files.write(questions.resolve(q.id() + ".bin"), writeQuestion(q));
    }
  }

  /**
   * {@return the built-in question with this id, read from its own resource; empty when the jar
   * has no readable resource for it (an unknown id, or a jar built without them)}
   */
  static Optional<Question> bundledQuestion(String id) {
    if (!resourceNameSafe(id)) {
      return Optional.empty();
    }
    try (InputStream in = BankSnapshot.class.getResourceAsStream(QUESTIONS + id + ".bin")) {
      return in == null ? Optional.empty() : readQuestion(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the id can name a resource in the questions' folder and no other: letters, digits
   * and hyphens only, as question ids are, so that no {@code ..} or {@code /} leads elsewhere.
   */
  private static boolean resourceNameSafe(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return !id.isEmpty();
  }

  /** {@return the question in these bytes, or empty when they are not one of this version} */
  static Optional<Question> readQuestion(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.getInt() != QUESTION_MAGIC || in.getInt() != VERSION) {
        return Optional.empty();
      }
      return Optional.of(question(in, topics(in)));
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** Lazy holder: the resource is read on first use, once per process. */
  private static final class Bundled {
    static final Optional<BankSnapshot> SNAPSHOT = load();
  }

  /** {@return the snapshot this jar carries, or empty when it has none it can read} */
  static Optional<BankSnapshot> bundled() {
    return Bundled.SNAPSHOT;
  }

  private static Optional<BankSnapshot> load() {
    try (InputStream in = BankSnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : read(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@return the snapshot in these bytes, or empty when they are not one of this version} */
  static Optional<BankSnapshot> read(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.getInt() != MAGIC || in.getInt() != VERSION) {
        return Optional.empty();
      }
      List<Topic> topics = topics(in);
      int synonymCount = in.getInt();
      List<SynonymGroup> synonyms = new ArrayList<>(synonymCount);
      for (int i = 0; i < synonymCount; i++) {
        synonyms.add(new SynonymGroup(texts(in)));
      }
      int questionCount = in.getInt();
      if (questionCount < 0 || questionCount > in.remaining()) {
        return Optional.empty();
      }
      int[] offsets = new int[questionCount];
      for (int i = 0; i < questionCount; i++) {
        text(in); // the question's id: a single question is read from its own resource
        offsets[i] = in.getInt();
      }
      return Optional.of(new BankSnapshot(topics, List.copyOf(synonyms), offsets, in.slice()));
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** {@return the bank's synonym groups} */
  List<SynonymGroup> synonyms() {
    return synonyms;
  }

  /**
   * {@return every built-in question's summary, in bank order, from their own resource; empty
   * when the jar has none it can read}
   */
  static Optional<List<Json.QuestionSummary>> bundledSummaries() {
    try (InputStream in = BankSnapshot.class.getResourceAsStream(SUMMARIES)) {
      return in == null ? Optional.empty() : readSummaries(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@return the summaries in these bytes, or empty when they are not one of this version} */
  static Optional<List<Json.QuestionSummary>> readSummaries(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.getInt() != SUMMARIES_MAGIC || in.getInt() != VERSION) {
        return Optional.empty();
      }
      int count = in.getInt();
      if (count < 0 || count > in.remaining()) {
        return Optional.empty();
      }
      List<Json.QuestionSummary> summaries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String id = text(in);
        String prompt = text(in);
        String difficulty = text(in);
        summaries.add(new Json.QuestionSummary(id, difficulty, List.copyOf(texts(in)), prompt));
      }
      return Optional.of(List.copyOf(summaries));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@return the whole bank, built on first use} */
  QuestionBank bank() {
    QuestionBank b = bank;
    if (b == null) {
      List<Question> all = new ArrayList<>(offsets.length);
      for (int offset : offsets) {
        all.add(question(offset));
      }
      b = QuestionBank.of(topics, all, synonyms);
      bank = b;
    }
    return b;
  }

  private static List<Topic> topics(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalArgumentException("topic count " + count + " out of range");
    }
    List<Topic> topics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      topics.add(new Topic(text(in), text(in)));
    }
    return List.copyOf(topics);
  }

  private Question question(int offset) {
    return question(questions.duplicate().position(offset), topics);
  }

  /** Reads a question whose topic indexes point into {@code topics}. */
  private static Question question(ByteBuffer in, List<Topic> topics) {
    String id = text(in);
    String prompt = text(in);
    String level = text(in);
    Optional<Difficulty> difficulty = Difficulty.fromId(level);
    if (difficulty.isEmpty()) {
      throw new IllegalArgumentException("unknown difficulty " + level);
    }
    int topicCount = in.getInt();
    List<Topic> questionTopics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      questionTopics.add(topics.get(in.getInt()));
    }
    String referenceAnswer = text(in);
    List<KeyPoint> keyPoints = keyPoints(in);
    int followUpCount = in.getInt();
    List<FollowUp> followUps = new ArrayList<>(followUpCount);
    for (int i = 0; i < followUpCount; i++) {
      String followUpPrompt = text(in);
      List<String> keyPointIds = texts(in);
      Optional<String> answer = in.get() == 0 ? Optional.empty() : Optional.of(text(in));
      followUps.add(new FollowUp(followUpPrompt, keyPointIds, answer, keyPoints(in)));
    }
    int contrastCount = in.getInt();
    List<Contrast> contrasts = new ArrayList<>(contrastCount);
    for (int i = 0; i < contrastCount; i++) {
      contrasts.add(new Contrast(texts(in)));
    }
    return new Question(id, prompt, difficulty.get(), questionTopics, referenceAnswer, keyPoints,
        followUps, contrasts);
  }

  private static List<KeyPoint> keyPoints(ByteBuffer in) {
    int count = in.getInt();
    List<KeyPoint> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = text(in);
      String text = text(in);
      double weight = in.getDouble();
      boolean required = in.get() != 0;
      points.add(new KeyPoint(id, text, weight, required, texts(in), texts(in)));
    }
    return points;
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("text length " + length + " out of range");
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), length,
        StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static List<String> texts(ByteBuffer in) {
    int count = in.getInt();
    List<String> texts = new ArrayList<>(Math.min(count, in.remaining()));
    for (int i = 0; i < count; i++) {
      texts.add(text(in));
    }
    return texts;
  }

  /** {@return the snapshot of {@code bank}} */
  static byte[] write(QuestionBank bank) {
    return resource(MAGIC, out -> {
      // The questions first, to know where each starts; the index then points into them.
      ByteArrayOutputStream questions = new ByteArrayOutputStream();
      DataOutputStream q = new DataOutputStream(questions);
      Map<String, Integer> topicIndex = new HashMap<>();
      for (Topic t : bank.topics()) {
        topicIndex.put(t.id(), topicIndex.size());
      }
      List<Integer> offsets = new ArrayList<>();
      for (Question question : bank.questions()) {
        offsets.add(q.size());
        write(q, question, topicIndex);
      }
      out.writeInt(bank.topics().size());
      for (Topic t : bank.topics()) {
        text(out, t.id());
        text(out, t.name());
      }
      out.writeInt(bank.synonyms().size());
      for (SynonymGroup g : bank.synonyms()) {
        texts(out, g.terms());
      }
      out.writeInt(bank.size());
      for (int i = 0; i < bank.size(); i++) {
        text(out, bank.questions().get(i).id());
        out.writeInt(offsets.get(i));
      }
      q.flush();
      questions.writeTo(out);
    });
  }

  /** {@return the summaries' resource: each question's id, prompt, difficulty and topic ids} */
  static byte[] writeSummaries(QuestionBank bank) {
    return resource(SUMMARIES_MAGIC, out -> {
      out.writeInt(bank.size());
      for (Question q : bank.questions()) {
        Json.QuestionSummary summary = Json.QuestionSummary.of(q);
        text(out, summary.id());
        text(out, summary.prompt());
        text(out, summary.difficulty());
        texts(out, summary.topics());
      }
    });
  }

  /** {@return the question's own resource: its topics, then the question} */
  static byte[] writeQuestion(Question q) {
    return resource(QUESTION_MAGIC, out -> {
      out.writeInt(q.topics().size());
      Map<String, Integer> topicIndex = new HashMap<>();
      for (Topic t : q.topics()) {
        topicIndex.put(t.id(), topicIndex.size());
        text(out, t.id());
        text(out, t.name());
      }
      write(out, q, topicIndex);
    });
  }

  /** What a resource holds after its magic number and version. */
  private interface Body {
    void writeTo(DataOutputStream out) throws IOException;
  }

  /** {@return a resource's bytes: the magic number, this form's version, then the body} */
  private static byte[] resource(int magic, Body body) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(magic);
      out.writeInt(VERSION);
      body.writeTo(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DataOutputStream out, Question q, Map<String, Integer> topicIndex)
      throws IOException {
    text(out, q.id());
    text(out, q.prompt());
    text(out, q.difficulty().id());
    out.writeInt(q.topics().size());
    for (Topic t : q.topics()) {
      out.writeInt(Objects.requireNonNull(topicIndex.get(t.id())));
    }
    text(out, q.referenceAnswer());
    keyPoints(out, q.keyPoints());
    out.writeInt(q.followUps().size());
    for (FollowUp f : q.followUps()) {
      text(out, f.prompt());
      texts(out, f.keyPointIds());
      out.writeByte(f.referenceAnswer().isPresent() ? 1 : 0);
      if (f.referenceAnswer().isPresent()) {
        text(out, f.referenceAnswer().get());
      }
      keyPoints(out, f.rubric());
    }
    out.writeInt(q.contrasts().size());
    for (Contrast c : q.contrasts()) {
      texts(out, c.terms());
    }
  }

  private static void keyPoints(DataOutputStream out, List<KeyPoint> points) throws IOException {
    out.writeInt(points.size());
    for (KeyPoint k : points) {
      text(out, k.id());
      text(out, k.text());
      out.writeDouble(k.weight());
      out.writeByte(k.required() ? 1 : 0);
      texts(out, k.phrasings());
      texts(out, k.contradictions());
    }
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void texts(DataOutputStream out, List<String> texts) throws IOException {
    out.writeInt(texts.size());
    for (String s : texts) {
      text(out, s);
    }
  }
}
