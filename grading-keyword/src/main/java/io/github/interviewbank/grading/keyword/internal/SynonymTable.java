package io.github.interviewbank.grading.keyword.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of terms that mean the same thing ({@code jwt} = {@code json web token}), indexed by the
 * stems of each term's words so that any inflection of a term finds its group. Immutable. Not
 * part of the API.
 */
public final class SynonymTable {

  /** The shared table: abbreviations and spellings of backend terms that candidates mix freely. */
  static final List<List<String>> BUILT_IN =
      List.of(
          List.of("jwt", "json web token"),
          List.of("jws", "json web signature"),
          List.of("jwe", "json web encryption"),
          List.of("db", "database"),
          List.of("rdbms", "relational database", "relational database management system"),
          List.of("authn", "authentication"),
          List.of("authz", "authorization", "authorisation"),
          List.of("api", "application programming interface"),
          List.of("sql", "structured query language"),
          List.of("rest", "representational state transfer"),
          List.of("http", "hypertext transfer protocol"),
          List.of("cdn", "content delivery network"),
          List.of("ttl", "time-to-live", "expiry time"),
          List.of("lb", "load balancer"),
          List.of("k8s", "kubernetes"),
          List.of("mq", "message queue"),
          List.of("pk", "primary key"),
          List.of("fk", "foreign key"),
          List.of("orm", "object-relational mapper", "object-relational mapping"),
          List.of("2pc", "two-phase commit"),
          List.of("3pc", "three-phase commit"),
          List.of("1nf", "first normal form"),
          List.of("2nf", "second normal form"),
          List.of("3nf", "third normal form"),
          List.of("bcnf", "boyce-codd normal form"),
          List.of("rps", "requests per second"),
          List.of("qps", "queries per second"),
          List.of("tps", "transactions per second"),
          List.of("sla", "service level agreement", "service-level agreement"),
          List.of("slo", "service level objective", "service-level objective"),
          List.of("sli", "service level indicator", "service-level indicator"),
          List.of("rbac", "role-based access control"),
          List.of("abac", "attribute-based access control"),
          List.of("mfa", "multi-factor authentication"),
          List.of("2fa", "two-factor authentication"),
          List.of("tls", "transport layer security", "ssl"),
          List.of("xss", "cross-site scripting"),
          List.of("csrf", "xsrf", "cross-site request forgery"),
          List.of("cors", "cross-origin resource sharing"),
          List.of("dns", "domain name system"),
          List.of("uuid", "guid"),
          List.of("gc", "garbage collection", "garbage collector"),
          List.of("ci", "continuous integration"),
          List.of("dlq", "dead-letter queue"),
          List.of("wal", "write-ahead log", "write-ahead logging"),
          List.of("mvcc", "multi-version concurrency control"),
          List.of("cqrs", "command query responsibility segregation"),
          List.of("ddd", "domain-driven design"),
          List.of("spof", "single point of failure"),
          List.of("rtt", "round-trip time"),
          List.of("e2e", "end-to-end"),
          List.of("vm", "virtual machine"),
          List.of("ram", "memory"),
          List.of("lru", "least recently used"),
          List.of("lfu", "least frequently used"),
          List.of("fifo", "first-in first-out", "first in first out"),
          List.of("pubsub", "pub sub", "publish-subscribe", "publish subscribe"),
          List.of("async", "asynchronous"),
          List.of("sync", "synchronous"),
          List.of("config", "configuration"),
          List.of("repo", "repository"),
          List.of("app", "application"),
          List.of("prod", "production"),
          List.of("perf", "performance"),
          List.of("kv", "key-value"),
          List.of("n+1", "n plus one", "n plus 1"),
          List.of("ms", "millisecond"),
          List.of("ha", "high availability"),
          List.of("rpc", "remote procedure call"),
          List.of("ddos", "distributed denial of service"),
          List.of("dos", "denial of service"),
          List.of("oauth2", "oauth"),
          List.of("oidc", "openid connect"),
          List.of("etag", "entity tag"),
          List.of("sse", "server-sent events"),
          List.of("iam", "identity and access management"),
          List.of("pii", "personally identifiable information"),
          List.of("otel", "opentelemetry"),
          List.of("apm", "application performance monitoring"),
          List.of("acl", "access control list"),
          List.of("hmac", "hash-based message authentication code"),
          List.of("pkce", "proof key for code exchange"),
          List.of("mtls", "mutual tls"),
          List.of("sso", "single sign-on"));

  private static final SynonymTable EMPTY = new SynonymTable(List.of());
  private static final SynonymTable BUILT_IN_TABLE = EMPTY.with(BUILT_IN);

  /** Each group as its terms, each term as its alternatives, each alternative a stem sequence. */
  private final List<List<List<String>>> groups;

  /** Stem sequence (words joined by a space) to the indexes of the groups holding it. */
  private final Map<String, List<Integer>> index;

  private SynonymTable(List<List<List<String>>> groups) {
    this.groups = groups;
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (List<String> sequence : groups.get(g)) {
        List<Integer> holders = byKey.computeIfAbsent(String.join(" ", sequence),
            k -> new ArrayList<>());
        if (!holders.contains(g)) {
          holders.add(g);
        }
      }
    }
    this.index = byKey;
  }

  /** {@return the built-in table} */
  public static SynonymTable builtIn() {
    return BUILT_IN_TABLE;
  }

  /** {@return a table holding this table's groups and the given ones} */
  public SynonymTable with(List<List<String>> moreGroups) {
    if (moreGroups.isEmpty()) {
      return this;
    }
    List<List<List<String>>> all = new ArrayList<>(groups);
    TokenStream scratch = new TokenStream();
    for (List<String> group : moreGroups) {
      List<List<String>> sequences = new ArrayList<>();
      for (String term : group) {
        sequences.addAll(stemSequences(term, scratch));
      }
      all.add(Collections.unmodifiableList(sequences));
    }
    return new SynonymTable(Collections.unmodifiableList(all));
  }

  /**
   * The stem sequences a term can appear as: its words' stems, plus, for each hyphenated word,
   * the joined word ({@code key-value} gives {@code [key, valu]} and {@code [keyvalu]}).
   */
  static List<List<String>> stemSequences(String term, TokenStream scratch) {
    Analyzer.analyze(term.toLowerCase(Locale.ROOT), scratch);
    List<List<String>> out = new ArrayList<>();
    List<String> split = new ArrayList<>();
    for (int t = 0; t < scratch.count; t++) {
      split.add(scratch.entry[t].stem);
    }
    if (!split.isEmpty()) {
      out.add(List.copyOf(split));
    }
    if (scratch.compounds > 0) {
      List<String> joined = new ArrayList<>();
      int t = 0;
      int c = 0;
      while (t < scratch.count) {
        if (c < scratch.compounds && scratch.compFirst[c] == t) {
          joined.add(scratch.compEntry[c].stem);
          t = scratch.compEnd[c];
          c++;
        } else {
          joined.add(scratch.entry[t].stem);
          t++;
        }
      }
      out.add(List.copyOf(joined));
    }
    return out;
  }

  /**
   * {@return every stem sequence synonymous with {@code sequence}, itself included when it
   * belongs to a group; empty when it belongs to none}
   */
  List<List<String>> synonymsOf(List<String> sequence) {
    List<Integer> holders = index.get(String.join(" ", sequence));
    if (holders == null) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    for (int g : holders) {
      for (List<String> s : groups.get(g)) {
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** {@return the longest number of words of any term, for merging pattern slots} */
  int longestTerm() {
    int longest = 1;
    for (List<List<String>> group : groups) {
      for (List<String> s : group) {
        longest = Math.max(longest, s.size());
      }
    }
    return longest;
  }
}
