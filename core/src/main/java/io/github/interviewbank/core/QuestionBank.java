package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.BankReader;
import io.github.interviewbank.core.internal.BankWriter;
import io.github.interviewbank.core.internal.SplitMix64;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered collection of interview questions with their topics and synonym groups.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBank.builtIn();
 * Question q = bank.find("cap-theorem").orElseThrow();
 * List<Question> warmUp = bank.sample(QuestionQuery.difficulty(Difficulty.BEGINNER), 3, 42L);
 * }</pre>
 *
 * <p>Banks are read from the JSON format described in {@code docs/bank-format.md} ({@link
 * #load(Path)}, {@link #read(InputStream, String)}, {@link #fromResource(Class, String)}), or
 * created from questions ({@link #of(Collection)}), and written back with {@link
 * #write(OutputStream)}. Reading what was written gives an equal bank. The limits that reading
 * and building enforce ({@link #MAX_DOCUMENT_BYTES}, {@link #MAX_STRING_LENGTH}, {@link
 * #MAX_QUESTIONS} and the others named in {@code docs/limits.md}) are the same, so a bank that
 * can be built can be written and read back.
 *
 * <p>Instances are immutable and thread-safe; every list returned is unmodifiable. Two banks are
 * equal when their topics, synonym groups and questions are equal, in order.
 *
 * @since 1.0.0
 */
public final class QuestionBank {
  /** The classpath resource of the bundled bank, relative to this class. */
  private static final String BUILT_IN_RESOURCE = "backend-bank.json";

  private static final String SCHEMA_RESOURCE = "bank.schema.json";

  /**
   * The largest bank document read or written, in bytes: 16 MiB. {@link #write(Path)} and {@link
   * #write(OutputStream)} refuse a bank whose JSON would be larger, so that whatever they write
   * reads back.
   *
   * @since 1.0.0
   */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /**
   * The deepest JSON nesting accepted.
   *
   * @since 1.0.0
   */
  public static final int MAX_NESTING_DEPTH = 32;

  /**
   * The longest text a bank holds, in characters (UTF-16 code units, as {@link String#length()}
   * counts): a JSON string in a bank file, or any text of a question, key point, follow-up, topic
   * or synonym group built in code.
   *
   * @since 1.0.0
   */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /**
   * The most questions a bank holds, whether read, built with {@link #of(Collection)} or merged.
   *
   * @since 1.0.0
   */
  public static final int MAX_QUESTIONS = 100_000;

  private final List<Topic> topics;
  private final List<SynonymGroup> synonyms;
  private final List<Question> questions;
  private final Map<String, Question> byId;

  private QuestionBank(List<Topic> topics, List<SynonymGroup> synonyms, List<Question> questions) {
    this.topics = topics;
    this.synonyms = synonyms;
    this.questions = questions;
    Map<String, Question> index = new HashMap<>(questions.size() * 2);
    for (Question q : questions) {
      index.put(q.id(), q);
    }
    this.byId = index;
  }

  /**
   * Returns the bundled bank of backend-developer questions. It is read once, on first use, and
   * then shared.
   *
   * @return the bundled bank, never {@code null}
   * @throws QuestionBankException if the bundled resource is missing or damaged (a packaging
   *     error)
   * @since 1.0.0
   */
  public static QuestionBank builtIn() {
    return BuiltIn.BANK;
  }

  /** Lazy holder: the bundled bank is parsed on first use only. */
  private static final class BuiltIn {
    static final QuestionBank BANK = fromResource(QuestionBank.class, BUILT_IN_RESOURCE);
  }

  /**
   * Reads a bank from a JSON file.
   *
   * @param file the file; never {@code null}
   * @return the bank, never {@code null}
   * @throws QuestionBankException if the file cannot be read or is not a valid bank; the message
   *     names the file, line and column
   * @since 1.0.0
   */
  public static QuestionBank load(Path file) {
    Objects.requireNonNull(file, "file");
    return BankReader.read(file);
  }

  /**
   * Reads a bank from a stream of UTF-8 JSON. The stream is read to its end but not closed.
   *
   * @param in the stream; never {@code null}
   * @param sourceName how errors name the input, such as a file name or URL; never {@code null}
   * @return the bank, never {@code null}
   * @throws QuestionBankException if the stream cannot be read or is not a valid bank
   * @since 1.0.0
   */
  public static QuestionBank read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return BankReader.read(in, sourceName);
  }

  /**
   * Reads a bank from a class path or module resource, resolved like {@link
   * Class#getResourceAsStream(String)}: relative to the anchor's package unless the name starts
   * with {@code /}. A resource inside a named module is found when the anchor is in that module.
   *
   * @param anchor the class the name is resolved against; never {@code null}
   * @param resourceName the resource name; never {@code null}
   * @return the bank, never {@code null}
   * @throws QuestionBankException if the resource does not exist or is not a valid bank
   * @since 1.0.0
   */
  public static QuestionBank fromResource(Class<?> anchor, String resourceName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resourceName, "resourceName");
    String source = "resource " + anchor.getPackageName().replace('.', '/') + "/" + resourceName;
    if (resourceName.startsWith("/")) {
      source = "resource " + resourceName.substring(1);
    }
    try (InputStream in = anchor.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw QuestionBankException.of(List.of(BankProblem.of(source, "resource not found")));
      }
      return BankReader.read(in, source);
    } catch (IOException e) {
      throw QuestionBankException.of(
          BankProblem.of(source, "cannot read: " + e.getMessage()), e);
    }
  }

  /**
   * Creates a bank from questions, in the given order. Its topics are those of the questions, in
   * order of first appearance; it has no synonym groups.
   *
   * @param questions the questions; never {@code null}, no {@code null} elements
   * @return the bank, never {@code null}
   * @throws IllegalArgumentException if two questions share an id, two topics share an id but
   *     not a name, or there are more than {@link #MAX_QUESTIONS} questions
   * @since 1.0.0
   */
  public static QuestionBank of(Collection<Question> questions) {
    List<Question> list = List.copyOf(questions);
    Map<String, Topic> topics = new LinkedHashMap<>();
    for (Question q : list) {
      for (Topic t : q.topics()) {
        Topic known = topics.putIfAbsent(t.id(), t);
        if (known != null && !known.equals(t)) {
          throw new IllegalArgumentException(
              "topic '" + t.id() + "' has two names: '" + known.name() + "' and '" + t.name()
                  + "'");
        }
      }
    }
    return of(topics.values(), list, List.of());
  }

  /**
   * Creates a bank from declared topics, questions and synonym groups.
   *
   * @param topics the declared topics, with unique ids; never {@code null}
   * @param questions the questions, with unique ids, whose topics are all declared; never {@code
   *     null}
   * @param synonyms synonym groups for graders; never {@code null}
   * @return the bank, never {@code null}
   * @throws NullPointerException if an argument or element is {@code null}
   * @throws IllegalArgumentException if ids repeat, a question's topic is not declared, or there
   *     are more than {@link #MAX_QUESTIONS} questions
   * @since 1.0.0
   */
  public static QuestionBank of(
      Collection<Topic> topics, Collection<Question> questions, Collection<SynonymGroup> synonyms) {
    List<Topic> topicList = List.copyOf(topics);
    List<Question> questionList = List.copyOf(questions);
    if (questionList.size() > MAX_QUESTIONS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a bank holds at most %,d questions, was given %,d", MAX_QUESTIONS,
          questionList.size()));
    }
    List<SynonymGroup> synonymList = List.copyOf(synonyms);
    Map<String, Topic> declared = new HashMap<>();
    for (Topic t : topicList) {
      if (declared.put(t.id(), t) != null) {
        throw new IllegalArgumentException("duplicate topic id '" + t.id() + "'");
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Question q : questionList) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException("duplicate question id '" + q.id() + "'");
      }
      for (Topic t : q.topics()) {
        if (!t.equals(declared.get(t.id()))) {
          throw new IllegalArgumentException(
              "question '" + q.id() + "': topic '" + t.id() + "' is not declared by the bank");
        }
      }
    }
    return new QuestionBank(topicList, synonymList, questionList);
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the bank format, never {@code null}}
   *
   * @since 1.0.0
   */
  public static String jsonSchema() {
    try (InputStream in = QuestionBank.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return all questions in bank order; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<Question> questions() {
    return questions;
  }

  /**
   * {@return the number of questions}
   *
   * @since 1.0.0
   */
  public int size() {
    return questions.size();
  }

  /**
   * Finds a question by id.
   *
   * @param id the question id; never {@code null}
   * @return the question, or empty if the bank has none with that id
   * @since 1.0.0
   */
  public Optional<Question> find(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * {@return the declared topics in bank order; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<Topic> topics() {
    return topics;
  }

  /**
   * Finds a declared topic by id.
   *
   * @param id the topic id; never {@code null}
   * @return the topic, or empty if the bank declares none with that id
   * @since 1.0.0
   */
  public Optional<Topic> topic(String id) {
    Objects.requireNonNull(id, "id");
    for (Topic t : topics) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the bank's synonym groups; never {@code null}, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<SynonymGroup> synonyms() {
    return synonyms;
  }

  /**
   * {@return the questions passing the query, in bank order; never {@code null}, unmodifiable}
   *
   * @param query the filter; never {@code null}
   * @since 1.0.0
   */
  public List<Question> select(QuestionQuery query) {
    Objects.requireNonNull(query, "query");
    List<Question> out = new ArrayList<>();
    for (Question q : questions) {
      if (query.matches(q)) {
        out.add(q);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Samples questions at random, reproducibly: the same bank, count and seed give the same
   * questions in the same order on every JVM and every run (the generator is SplitMix64, fixed by
   * this library). Questions never repeat.
   *
   * @param count how many to draw; at most {@link #size()} are returned
   * @param seed the random seed
   * @return the drawn questions in draw order; never {@code null}, unmodifiable
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 1.0.0
   */
  public List<Question> sample(int count, long seed) {
    return sample(QuestionQuery.all(), count, seed);
  }

  /**
   * Samples, reproducibly and without repeats, from the questions passing a query. See {@link
   * #sample(int, long)}.
   *
   * @param query the filter; never {@code null}
   * @param count how many to draw; at most as many as pass the query are returned
   * @param seed the random seed
   * @return the drawn questions in draw order; never {@code null}, unmodifiable
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 1.0.0
   */
  public List<Question> sample(QuestionQuery query, int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    List<Question> pool = new ArrayList<>(select(query));
    int n = Math.min(count, pool.size());
    SplitMix64 random = new SplitMix64(seed);
    // Partial Fisher-Yates: position i receives a uniformly chosen remaining element.
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(pool.size() - i);
      Collections.swap(pool, i, j);
    }
    return List.copyOf(pool.subList(0, n));
  }

  /**
   * Merges another bank into this one. The result holds this bank's questions in order, then the
   * other's new questions in order; topics and synonym groups likewise. Questions or topics equal
   * in both banks appear once. When the same id names different content, {@code policy} decides.
   *
   * @param other the bank to merge in; never {@code null}
   * @param policy what to do on an id clash; never {@code null}
   * @return the merged bank, never {@code null}
   * @throws QuestionBankException if {@code policy} is {@link IdClashPolicy#REJECT} and ids
   *     clash (it lists the clashing ids), or if the merged bank would hold more than {@link
   *     #MAX_QUESTIONS} questions
   * @since 1.0.0
   */
  public QuestionBank merge(QuestionBank other, IdClashPolicy policy) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(policy, "policy");
    List<BankProblem> clashes = new ArrayList<>();
    Map<String, Topic> topicsById = new LinkedHashMap<>();
    for (Topic t : topics) {
      topicsById.put(t.id(), t);
    }
    for (Topic t : other.topics) {
      Topic mine = topicsById.get(t.id());
      if (mine == null) {
        topicsById.put(t.id(), t);
      } else if (!mine.equals(t)) {
        if (policy == IdClashPolicy.REJECT) {
          clashes.add(BankProblem.of("merge",
              "topic id '" + t.id() + "' names '" + mine.name() + "' and '" + t.name() + "'"));
        } else if (policy == IdClashPolicy.REPLACE) {
          topicsById.put(t.id(), t);
        }
      }
    }
    Map<String, Question> questionsById = new LinkedHashMap<>();
    for (Question q : questions) {
      questionsById.put(q.id(), q);
    }
    for (Question q : other.questions) {
      Question mine = questionsById.get(q.id());
      if (mine == null) {
        questionsById.put(q.id(), q);
      } else if (!mine.equals(q)) {
        if (policy == IdClashPolicy.REJECT) {
          clashes.add(BankProblem.of("merge",
              "both banks hold a question with this id and different content")
              .withQuestionId(q.id()));
        } else if (policy == IdClashPolicy.REPLACE) {
          questionsById.put(q.id(), q);
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw QuestionBankException.of(clashes);
    }
    // A kept question must refer to the topic version the merged bank declares.
    List<Question> merged = new ArrayList<>(questionsById.size());
    for (Question q : questionsById.values()) {
      merged.add(withDeclaredTopics(q, topicsById));
    }
    if (merged.size() > MAX_QUESTIONS) {
      throw QuestionBankException.of(List.of(BankProblem.of("merge", String.format(Locale.ROOT,
          "the merged bank would hold %,d questions; the limit is %,d", merged.size(),
          MAX_QUESTIONS))));
    }
    Set<SynonymGroup> groups = new LinkedHashSet<>(synonyms);
    groups.addAll(other.synonyms);
    return of(topicsById.values(), merged, groups);
  }

  private static Question withDeclaredTopics(Question q, Map<String, Topic> declared) {
    List<Topic> resolved = new ArrayList<>(q.topics().size());
    boolean changed = false;
    for (Topic t : q.topics()) {
      Topic d = Objects.requireNonNull(declared.get(t.id()));
      changed |= !d.equals(t);
      resolved.add(d);
    }
    if (!changed) {
      return q;
    }
    return new Question(q.id(), q.prompt(), q.difficulty(), resolved, q.referenceAnswer(),
        q.keyPoints(), q.followUps(), q.contrasts());
  }

  /**
   * {@return a copy of this bank with the given synonym groups instead of its own, never {@code
   * null}}
   *
   * @param groups the synonym groups; never {@code null}
   * @since 1.0.0
   */
  public QuestionBank withSynonyms(Collection<SynonymGroup> groups) {
    return new QuestionBank(topics, List.copyOf(groups), questions);
  }

  /**
   * Writes this bank as UTF-8 JSON in the bank format, indented, with fields at their default
   * value left out. A bank whose indented JSON would be larger than {@link #MAX_DOCUMENT_BYTES} is
   * written without white space, so that whatever this writes, {@link #read(InputStream, String)}
   * accepts. The stream is flushed but not closed.
   *
   * @param out the stream; never {@code null}
   * @throws QuestionBankException if the bank's JSON would be larger than {@link
   *     #MAX_DOCUMENT_BYTES} even without white space; nothing is written then
   * @throws UncheckedIOException if writing fails
   * @since 1.0.0
   */
  public void write(OutputStream out) {
    Objects.requireNonNull(out, "out");
    BankWriter.write(this, out);
  }

  /**
   * Writes this bank to a file as {@link #write(OutputStream)} does, replacing the file as {@link
   * AtomicFile} does: a reader sees the old content or the whole new one, a symbolic link is
   * written through, the replaced file's permissions carry over, and anything but a regular file
   * is refused.
   *
   * @param file the file; never {@code null}
   * @throws QuestionBankException if the bank's JSON would be larger than {@link
   *     #MAX_DOCUMENT_BYTES}; the file is untouched then
   * @throws UncheckedIOException if writing fails; the message names the file and says why
   * @since 1.0.0
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    BankWriter.write(this, file);
  }

  /**
   * {@return this bank in the JSON bank format, as {@link #write(OutputStream)} writes it; never
   * {@code null}}
   *
   * @throws QuestionBankException if the bank's JSON would be larger than {@link
   *     #MAX_DOCUMENT_BYTES}
   * @since 1.0.0
   */
  public String toJson() {
    return BankWriter.toJson(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuestionBank b
        && b.topics.equals(topics)
        && b.synonyms.equals(synonyms)
        && b.questions.equals(questions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topics, synonyms, questions);
  }

  /** {@return a short summary: the number of questions and topics} */
  @Override
  public String toString() {
    return "QuestionBank[" + questions.size() + " questions, " + topics.size() + " topics]";
  }
}
