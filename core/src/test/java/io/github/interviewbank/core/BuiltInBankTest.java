package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled bank: the seed's twenty questions first, and the content bar every question meets. */
class BuiltInBankTest {
  static final List<String> SEED_IDS =
      List.of(
          "rest-vs-graphql", "http-status-codes", "sql-vs-nosql", "database-indexing",
          "authentication-vs-authorization", "rest-constraints", "database-normalization",
          "jwt-structure", "caching-strategies", "n-plus-one-queries",
          "vertical-vs-horizontal-scaling", "message-queues", "acid-transactions",
          "connection-pooling", "cap-theorem", "eventual-vs-strong-consistency",
          "rate-limiting-design", "optimistic-vs-pessimistic-locking", "distributed-transactions",
          "url-shortener-design");

  static final List<String> SEED_TOPICS =
      List.of("rest-apis", "databases", "system-design", "caching", "concurrency", "security",
          "architecture");

  private final QuestionBank bank = QuestionBank.builtIn();

  @Test
  void startsWithTheTwentySeedQuestionsInSeedOrder() {
    assertEquals(SEED_IDS, Fixtures.ids(bank.questions().subList(0, 20)));
  }

  @Test
  void seedQuestionsKeepTheSeedDifficulties() {
    for (int i = 0; i < 20; i++) {
      Difficulty expected =
          i < 6 ? Difficulty.BEGINNER : i < 14 ? Difficulty.INTERMEDIATE : Difficulty.ADVANCED;
      assertEquals(expected, bank.questions().get(i).difficulty(), SEED_IDS.get(i));
    }
  }

  @Test
  void declaresTheSevenSeedTopics() {
    List<String> ids = bank.topics().stream().map(Topic::id).toList();
    assertTrue(ids.containsAll(SEED_TOPICS), ids.toString());
  }

  @Test
  void everyQuestionMeetsTheContentBar() {
    List<String> failures = new ArrayList<>();
    for (Question q : bank.questions()) {
      int topics = q.topics().size();
      int points = q.keyPoints().size();
      int followUps = q.followUps().size();
      if (topics < 1 || topics > 3) {
        failures.add(q.id() + ": " + topics + " topics");
      }
      if (points < 3 || points > 6) {
        failures.add(q.id() + ": " + points + " key points");
      }
      if (followUps < 2 || followUps > 3) {
        failures.add(q.id() + ": " + followUps + " follow-ups");
      }
      for (KeyPoint k : q.keyPoints()) {
        if (k.phrasings().size() < 4 || k.phrasings().size() > 10) {
          failures.add(q.id() + "/" + k.id() + ": " + k.phrasings().size() + " phrasings");
        }
      }
      for (FollowUp f : q.followUps()) {
        if (f.keyPointIds().isEmpty()) {
          failures.add(q.id() + ": a follow-up names no key point it probes");
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Follow-ups with a rubric of their own: every follow-up of the seed questions and of at least
   * {@value #QUESTIONS_WITH_FOLLOW_UP_RUBRICS} questions in all has one, of 2 to 5 key points
   * with 3 to 8 phrasings each, and a reference answer of 30 to 110 words.
   */
  @Test
  void followUpRubricsMeetTheContentBar() {
    List<String> failures = new ArrayList<>();
    int covered = 0;
    for (Question q : bank.questions()) {
      boolean all = true;
      for (int i = 0; i < q.followUps().size(); i++) {
        FollowUp f = q.followUps().get(i);
        if (f.referenceAnswer().isEmpty()) {
          all = false;
          if (SEED_IDS.contains(q.id())) {
            failures.add(q.id() + " follow-up " + i + ": no rubric of its own");
          }
          continue;
        }
        if (f.rubric().size() < 2 || f.rubric().size() > 5) {
          failures.add(q.id() + " follow-up " + i + ": " + f.rubric().size() + " key points");
        }
        for (KeyPoint k : f.rubric()) {
          if (k.phrasings().size() < 3 || k.phrasings().size() > 8) {
            failures.add(q.id() + " follow-up " + i + "/" + k.id() + ": " + k.phrasings().size()
                + " phrasings");
          }
        }
        int words = f.referenceAnswer().get().split("\\s+", -1).length;
        if (words < 30 || words > 110) {
          failures.add(q.id() + " follow-up " + i + ": reference answer of " + words + " words");
        }
      }
      if (all) {
        covered++;
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(covered >= QUESTIONS_WITH_FOLLOW_UP_RUBRICS,
        covered + " questions have a rubric on every follow-up");
  }

  private static final int QUESTIONS_WITH_FOLLOW_UP_RUBRICS = 60;

  @Test
  void holdsAtLeastAHundredQuestions() {
    assertTrue(bank.size() >= 100, "questions: " + bank.size());
  }

  @Test
  void everySeedTopicHasAtLeastThreeQuestionsAtEveryDifficulty() {
    List<String> thin = new ArrayList<>();
    for (String topic : SEED_TOPICS) {
      for (Difficulty d : Difficulty.values()) {
        int n = bank.select(QuestionQuery.topic(topic).and(QuestionQuery.difficulty(d))).size();
        if (n < 3) {
          thin.add(topic + "/" + d.id() + ": " + n);
        }
      }
    }
    assertEquals(List.of(), thin);
  }

  @Test
  void referenceAnswersAreAMinuteOfSpeech() {
    List<String> outside = new ArrayList<>();
    for (Question q : bank.questions()) {
      int words = q.referenceAnswer().split("\\s+", -1).length;
      if (words < 50 || words > 110) {
        outside.add(q.id() + ": " + words + " words");
      }
    }
    assertEquals(List.of(), outside);
  }

  /**
   * No two questions are near-duplicates: the Jaccard similarity of their content-word sets
   * (lower-case letter and digit runs, common function words left out) stays at most {@value
   * #MAX_PROMPT_SIMILARITY} for prompts and {@value #MAX_ANSWER_SIMILARITY} for reference answers.
   * The bank's highest values when these limits were set: 0.33 and 0.20.
   */
  @Test
  void noTwoQuestionsAreNearDuplicates() {
    List<String> similar = new ArrayList<>();
    List<Question> qs = bank.questions();
    for (int i = 0; i < qs.size(); i++) {
      for (int j = i + 1; j < qs.size(); j++) {
        double prompts = jaccard(contentWords(qs.get(i).prompt()), contentWords(qs.get(j).prompt()));
        double answers = jaccard(contentWords(qs.get(i).referenceAnswer()),
            contentWords(qs.get(j).referenceAnswer()));
        if (prompts > MAX_PROMPT_SIMILARITY || answers > MAX_ANSWER_SIMILARITY) {
          similar.add(qs.get(i).id() + " ~ " + qs.get(j).id() + String.format(
              java.util.Locale.ROOT, " (prompts %.2f, answers %.2f)", prompts, answers));
        }
      }
    }
    assertEquals(List.of(), similar);
  }

  static final double MAX_PROMPT_SIMILARITY = 0.5;
  static final double MAX_ANSWER_SIMILARITY = 0.35;

  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "is", "are", "of",
      "to", "in", "on", "and", "or", "for", "with", "that", "this", "it", "as", "by", "be", "can",
      "at", "from", "which", "when", "what", "how", "do", "does", "you", "your", "their", "its");

  private static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>(words(text));
    out.removeAll(FUNCTION_WORDS);
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return union.isEmpty() ? 0 : (double) shared.size() / union.size();
  }

  @Test
  void noRunOfEightWordsIsCopiedFromTheSeedPage() throws IOException {
    Set<Long> seed = new HashSet<>();
    try (InputStream in = getClass().getResourceAsStream("seed-8gram-fingerprints.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          seed.add(Long.parseUnsignedLong(line.strip(), 16));
        }
      }
    }
    assertTrue(seed.size() > 1000, "fingerprints loaded");
    List<String> copied = new ArrayList<>();
    for (Question q : bank.questions()) {
      List<String> texts = new ArrayList<>(List.of(q.prompt(), q.referenceAnswer()));
      q.keyPoints().forEach(k -> texts.add(k.text()));
      for (FollowUp f : q.followUps()) {
        texts.add(f.prompt());
        f.referenceAnswer().ifPresent(texts::add);
        f.rubric().forEach(k -> texts.add(k.text()));
      }
      for (String text : texts) {
        List<String> words = words(text);
        for (int i = 0; i + 8 <= words.size(); i++) {
          String run = String.join(" ", words.subList(i, i + 8));
          if (seed.contains(fnv1a64(run))) {
            copied.add(q.id() + ": \"" + run + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), copied);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[a-z0-9]+").matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
