package io.github.interviewbank.grading.keyword;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM with a small heap: builds banks of distinct questions one after another, as
 * a server loading a bank per request would, grades every question once against its bank, and
 * prints the heap retained after a full collection at four checkpoints ({@code retained N}, in
 * bytes), then {@code done}. The texts come from a fixed word list, so the grader's process-wide
 * word memo stops growing early and what remains is what its per-question caches keep.
 */
final class CacheRetentionProbe {
  private static final String[] WORDS = {
    "cache", "index", "replica", "shard", "queue", "lock", "token", "session", "schema", "query",
    "latency", "throughput", "partition", "leader", "follower", "quorum", "consensus", "retry",
    "timeout", "backoff", "idempotent", "transaction", "isolation", "snapshot", "journal",
    "checkpoint", "compaction", "eviction", "expiry", "hash", "ring", "gateway", "proxy",
    "balancer", "circuit", "breaker", "bulkhead", "saga", "outbox", "event", "stream", "batch",
    "window", "watermark", "offset", "consumer", "producer", "broker", "topic", "tenant"
  };

  private CacheRetentionProbe() {}

  private static String word(int i) {
    return WORDS[Math.floorMod(i, WORDS.length)];
  }

  /** Ten distinct questions, two of them without key points, and a synonym group of its own. */
  static QuestionBank bank(int b) {
    Topic topic = Topic.of("topic-" + b, "Topic " + b);
    List<Question> questions = new ArrayList<>();
    for (int q = 0; q < 10; q++) {
      int n = b * 10 + q;
      String a = word(n);
      String c = word(n / 7 + 3);
      String d = word(n / 49 + 11);
      Question.Builder builder = Question.builder("q-" + b + "-" + q)
          .prompt("How do " + a + " and " + c + " interact under " + d + "?")
          .difficulty(q % 2 == 0 ? Difficulty.BEGINNER : Difficulty.ADVANCED)
          .topics(topic)
          .referenceAnswer("The " + a + " bounds the " + c + ", while the " + d
              + " keeps the " + word(n + 5) + " and the " + word(n + 9) + " apart.");
      if (q >= 2) {
        builder.keyPoints(
            KeyPoint.of("first", "The " + a + " bounds the " + c)
                .withPhrasings(List.of(a + " bound* " + c, "~" + c + " " + a)),
            KeyPoint.of("second", "The " + d + " separates them")
                .withPhrasings(List.of(d + " separat*|apart"))
                .withContradictions(List.of(d + " merge*")))
            .followUps(FollowUp.probing("Why does the " + d + " matter?", "second"));
      }
      questions.add(builder.build());
    }
    return QuestionBank.of(List.of(topic), questions,
        List.of(SynonymGroup.of(word(b), word(b + 17) + " " + word(b + 23))));
  }

  /**
   * The heap in use after full collections. The caches drop an entry whose key was collected on
   * their next call, once the JVM has queued the cleared reference (a moment after the
   * collection), so a grade runs between two collections, as it would in a running server.
   */
  private static long retained(KeywordGrader grader) throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    Thread.sleep(200);
    QuestionBank other = bank(1_000_000);
    grader.grade(GradingRequest.builder(other.questions().get(9), "The cache bounds the index.")
        .bank(other).build());
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  public static void main(String[] args) throws InterruptedException {
    int banks = Integer.parseInt(args[0]);
    KeywordGrader grader = KeywordGrader.create();
    for (int b = 0; b < banks; b++) {
      QuestionBank bank = bank(b);
      for (Question q : bank.questions()) {
        Grade g = grader.grade(GradingRequest.builder(q, "The " + word(b) + " bounds the "
            + word(b + 3) + " and the " + word(b + 11) + " keeps them apart.").bank(bank).build());
        if (!(g.score() >= 0 && g.score() <= 1)) {
          throw new IllegalStateException("score out of range: " + g);
        }
      }
      if ((b + 1) % (banks / 4) == 0) {
        System.out.println("retained " + retained(grader));
      }
    }
    System.out.println("done");
  }
}
