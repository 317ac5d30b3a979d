package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers quoted in issue 13, and answers found graded unfairly since, on the bundled bank:
 * each gets what a strict interviewer would give. Negated and swapped phrases do not cover,
 * paraphrases do, a terse correct answer earns partial credit and an answer written in code is
 * read as an answer.
 */
class StrictInterviewerExamplesTest {
  private final QuestionBank bank = QuestionBank.builtIn();
  private final KeywordGrader grader = KeywordGrader.create();

  private Grade grade(String questionId, String answer) {
    return grader.grade(GradingRequest.builder(bank.find(questionId).orElseThrow(), answer)
        .bank(bank).build());
  }

  private Verdict verdict(String questionId, String answer, String pointId) {
    return grade(questionId, answer).keyPoint(pointId).orElseThrow().verdict();
  }

  @Test
  void aNegationBeforeAPhraseDeniesItAcrossAList() {
    assertNotEquals(Verdict.COVERED,
        verdict("url-shortener-design", "Never put hot codes in a CDN.", "caching-hot"));
    assertNotEquals(Verdict.COVERED, verdict("url-shortener-design",
        "I would not add Redis or a CDN at all", "caching-hot"));
  }

  @Test
  void whatAStoryTellsWasReplacedIsNoContradictionOfWhatItEndsBySaying() {
    String before = "The first version polled every two seconds and overloaded the API.";
    String after = " We moved clients to persistent WebSocket connections held by gateway"
        + " servers.";
    assertEquals(Verdict.COVERED,
        verdict("chat-system-design", before + after, "persistent-connection"));
    assertEquals(Verdict.COVERED, verdict("chat-system-design",
        "We switched from polling every two seconds to persistent WebSocket connections held by"
            + " gateway servers.", "persistent-connection"));
    assertEquals(Verdict.CONTRADICTED, verdict("chat-system-design",
        before + " We moved the service to Kubernetes.", "persistent-connection"),
        "a replaced practice still contradicts when nothing affirms the point");
    assertEquals(Verdict.CONTRADICTED, verdict("chat-system-design", before + after
        + " Honestly, polling every two seconds is better.", "persistent-connection"),
        "a claim after the story is the speaker's");
    Grade story = grade("chat-system-design", before + after);
    Grade plain = grade("chat-system-design", after.strip());
    assertEquals(plain.band(), story.band(), story.score() + " against " + plain.score());
  }

  @Test
  void aContradictionDoesNotRunIntoABracket() {
    String answer = "Idempotent: N identical requests leave the server in the same state as one"
        + " (responses may differ, e.g. a second DELETE gets 404).";
    assertEquals(Verdict.COVERED,
        verdict("http-method-safety-idempotency", answer, "idempotent-same-state"));
    assertEquals(Verdict.CONTRADICTED, verdict("http-method-safety-idempotency",
        "Idempotent requests always get the same responses.", "idempotent-same-state"));
  }

  @Test
  void aContradictionAfterAvoidIsNoClaim() {
    assertNotEquals(Verdict.CONTRADICTED, verdict("quorum-reads-writes",
        "Avoid assuming quorums give linearizability.", "quorum-caveats"));
    assertEquals(Verdict.CONTRADICTED, verdict("quorum-reads-writes",
        "Quorums give linearizability.", "quorum-caveats"));
  }

  @Test
  void sameAsSomethingOtherThanTheThingsComparedIsNoSamenessClaim() {
    String levels = "Read Committed allows non-repeatable reads; Repeatable Read prevents them;"
        + " Serializable";
    Grade other = grade("transaction-isolation-levels", levels + " is equivalent to some serial"
        + " order.");
    assertTrue(other.keyPoints().stream().noneMatch(k -> k.verdict() == Verdict.CONTRADICTED),
        other.feedback());
    Grade same = grade("transaction-isolation-levels", levels + " is equivalent to Repeatable"
        + " Read.");
    assertTrue(same.keyPoints().stream().anyMatch(k -> k.verdict() == Verdict.CONTRADICTED),
        same.feedback());
  }

  @Test
  void aNegationAfterAPhraseDeniesIt() {
    assertNotEquals(Verdict.COVERED, verdict("caching-strategies",
        "Expiry times and invalidation are not needed", "ttl-invalidation"));
  }

  @Test
  void authenticationAndAuthorizationSwappedDoNotCover() {
    Grade g = grade("authentication-vs-authorization", "Authorization is the step that checks who"
        + " you are, with your password. Authentication comes later and decides whether you may"
        + " delete an account.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("authn-identity").orElseThrow().verdict());
    assertTrue(g.score() <= 0.15, "score " + g.score());
  }

  @Test
  void optimisticAndPessimisticSwappedDoNotCover() {
    Grade g = grade("optimistic-vs-pessimistic-locking", "Optimistic locking takes a lock on the"
        + " row before reading it, with SELECT FOR UPDATE, so other writers wait. Pessimistic"
        + " locking takes no lock: it checks a version column at update time.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("pessimistic-lock-first").orElseThrow().verdict());
    assertTrue(g.score() <= 0.15, "score " + g.score());
  }

  @Test
  void verticalAndHorizontalSwappedDoNotCover() {
    Grade g = grade("vertical-vs-horizontal-scaling", "Horizontal scaling means buying a bigger"
        + " machine with more CPU and RAM. Vertical scaling means adding more machines behind a"
        + " load balancer.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("vertical-definition").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("horizontal-definition").orElseThrow().verdict());
    assertTrue(g.score() <= 0.15, "score " + g.score());
  }

  @Test
  void strongAndEventualSwappedDoNotCover() {
    Grade g = grade("eventual-vs-strong-consistency", "Eventual consistency guarantees every read"
        + " sees the latest write. Strong consistency lets replicas lag behind and converge later,"
        + " so reads may be stale.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("strong-def").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("eventual-def").orElseThrow().verdict());
    assertTrue(g.score() <= 0.15, "score " + g.score());
  }

  @Test
  void sqlAndNoSqlSwappedDoNotCover() {
    Grade g = grade("sql-vs-nosql", "NoSQL databases have a fixed schema of tables and support"
        + " joins and ACID transactions. SQL databases are schemaless document or key-value stores"
        + " that scale out horizontally.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("sql-relational-schema").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("nosql-flexible-scale").orElseThrow().verdict());
    assertTrue(g.score() <= 0.15, "score " + g.score());
  }

  @Test
  void theSameAnswersWithTheRolesRightCover() {
    Grade g = grade("optimistic-vs-pessimistic-locking", "Pessimistic locking takes a lock on the"
        + " row before reading it, with SELECT FOR UPDATE, so other writers wait. Optimistic"
        + " locking takes no lock: it checks a version column at update time.");
    assertEquals(Verdict.COVERED, g.keyPoint("pessimistic-lock-first").orElseThrow().verdict());
    assertEquals(Verdict.COVERED, g.keyPoint("optimistic-version-check").orElseThrow().verdict());
    g = grade("authentication-vs-authorization", "Authentication is the step that checks who you"
        + " are, with your password. Authorization comes later and decides whether you may delete"
        + " an account.");
    assertEquals(Verdict.COVERED, g.keyPoint("authn-identity").orElseThrow().verdict());
    assertEquals(Verdict.COVERED, g.keyPoint("authz-permissions").orElseThrow().verdict());
  }

  /**
   * "A counter per process" is true of both clocks (a Lamport clock is one such counter, a vector
   * clock holds one for each node): said of Lamport clocks it is no swapped role, and a complete
   * answer scores full marks.
   */
  @Test
  void aCounterPerProcessSaidOfLamportClocksIsNoSwappedRole() {
    Grade g = grade("logical-clocks", "Wall clocks drift and NTP can even move them backwards, so"
        + " a timestamp can contradict causality, and last-write-wins silently loses writes. A"
        + " Lamport clock is a counter per process, incremented on every event and sent with each"
        + " message; the receiver takes the max of its own and the received value, plus one. It"
        + " gives a total order consistent with causality, but it cannot tell you that two events"
        + " were concurrent. A vector clock keeps one counter for every node, so comparing two"
        + " vectors shows whether one event happened before another or they were concurrent; its"
        + " size grows with the number of nodes.");
    assertEquals(List.of(), g.missedIds());
    assertEquals(Verdict.COVERED, g.keyPoint("vector-clocks").orElseThrow().verdict());
    assertTrue(g.unsureNote().isEmpty(), g.feedback());
    assertEquals(1.0, g.score(), 1e-9);
    // Said of the wrong clock, what only vector clocks do still counts against the answer.
    g = grade("logical-clocks", "Lamport clocks keep a counter per node and can detect concurrent"
        + " events. Vector clocks are a single integer incremented on each event.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("vector-clocks").orElseThrow().verdict());
  }

  @Test
  void aTokenBucketDescribedInOwnWordsCovers() {
    assertEquals(Verdict.COVERED, verdict("rate-limiting-design", "Each client gets an allowance"
        + " that refills at a steady rate, so a full allowance lets a short burst through.",
        "algorithm"));
  }

  @Test
  void anIndivisibleReadAndBumpCoversAtomicIncrements() {
    assertEquals(Verdict.COVERED, verdict("rate-limiting-design", "The read-and-bump of the"
        + " counter has to happen as one indivisible step.", "atomic-increments"));
  }

  @Test
  void fiftyOneTripsDescribeTheNPlusOneProblem() {
    assertEquals(Verdict.COVERED, verdict("n-plus-one-queries", "You load fifty orders with one"
        + " statement, then a separate statement per order to get its customer, so fifty-one"
        + " trips.", "definition"));
  }

  @Test
  void aTerseCorrectAnswerEarnsPartialCredit() {
    Grade g = grade("connection-pooling", "Connection pooling means sharing database connections"
        + " instead of making new ones each time. It's faster.");
    assertTrue(g.score() >= 0.5 && g.score() <= 0.6, "score " + g.score());
  }

  @Test
  void aBareKeywordListStaysLow() {
    Grade g = grade("connection-pooling", "reuse, handshake, HikariCP, pool size, timeout");
    assertTrue(g.score() <= 0.35, "score " + g.score());
  }

  @Test
  void aJwtMiddlewareInJavaScriptIsReadAsAnAnswer() {
    Grade g = grade("jwt-structure", """
        ```js
        const jwt = require('jsonwebtoken');
        function auth(req, res, next) {
          const token = (req.headers.authorization || '').replace('Bearer ', '');
          try {
            // checks the HMAC signature with the secret and the exp claim
            req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
            next();
          } catch (e) {
            res.status(401).end();
          }
        }
        // token = base64url(header) + '.' + base64url(payload) + '.' + signature
        ```""");
    assertTrue(g.score() >= 0.5, "score " + g.score());
    assertEquals(Verdict.COVERED, g.keyPoint("signature").orElseThrow().verdict());
  }

  @Test
  void aBase62EncoderInPythonIsReadAsAnAnswer() {
    Grade g = grade("url-shortener-design", """
        ```python
        ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        def base62_encode(n):  # n is the auto-increment id from the database
            s = []
            while n:
                n, r = divmod(n, 62)
                s.append(ALPHABET[r])
            return "".join(reversed(s)) or "0"

        def redirect(code):
            url = cache.get(code) or db.lookup(code)   # read-heavy: cache hot codes
            return 302, {"Location": url}
        ```""");
    assertEquals(Verdict.COVERED, g.keyPoint("base62-ids").orElseThrow().verdict());
    assertEquals(Verdict.COVERED, g.keyPoint("caching-hot").orElseThrow().verdict());
    assertTrue(g.score() >= 0.4, "score " + g.score());
  }
}
