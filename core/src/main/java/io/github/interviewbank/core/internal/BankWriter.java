package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** Writes a {@link QuestionBank} in the JSON bank format. Not part of the API: do not use. */
public final class BankWriter {
  private BankWriter() {}

  /** {@return the bank as pretty-printed JSON, ending with a newline} */
  public static String toJson(QuestionBank bank) {
    try {
      return JsonSupport.Writer.PRETTY.writeValueAsString(tree(bank)) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot render the bank as JSON", e);
    }
  }

  /** Writes the bank to a stream as UTF-8, flushing but not closing it. */
  public static void write(QuestionBank bank, OutputStream out) {
    try {
      out.write(toJson(bank).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the bank to a temporary sibling file, then moves it over {@code file}. */
  public static void write(QuestionBank bank, Path file) {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    try {
      Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      try {
        Files.writeString(temp, toJson(bank), StandardCharsets.UTF_8);
        try {
          Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static Map<String, Object> tree(QuestionBank bank) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("formatVersion", BankReader.FORMAT_VERSION);
    List<Object> topics = new ArrayList<>();
    for (Topic t : bank.topics()) {
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put("id", t.id());
      topic.put("name", t.name());
      topics.add(topic);
    }
    root.put("topics", topics);
    if (!bank.synonyms().isEmpty()) {
      List<Object> groups = new ArrayList<>();
      for (SynonymGroup g : bank.synonyms()) {
        groups.add(g.terms());
      }
      root.put("synonyms", groups);
    }
    List<Object> questions = new ArrayList<>();
    for (Question q : bank.questions()) {
      questions.add(question(q));
    }
    root.put("questions", questions);
    return root;
  }

  private static Map<String, Object> question(Question q) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", q.id());
    out.put("prompt", q.prompt());
    out.put("difficulty", q.difficulty().id());
    out.put("topics", q.topics().stream().map(Topic::id).toList());
    out.put("referenceAnswer", q.referenceAnswer());
    if (!q.keyPoints().isEmpty()) {
      List<Object> points = new ArrayList<>();
      for (KeyPoint k : q.keyPoints()) {
        points.add(keyPoint(k));
      }
      out.put("keyPoints", points);
    }
    if (!q.followUps().isEmpty()) {
      List<Object> followUps = new ArrayList<>();
      for (FollowUp f : q.followUps()) {
        if (f.keyPointIds().isEmpty()) {
          followUps.add(f.prompt());
        } else {
          Map<String, Object> followUp = new LinkedHashMap<>();
          followUp.put("prompt", f.prompt());
          followUp.put("keyPoints", f.keyPointIds());
          followUps.add(followUp);
        }
      }
      out.put("followUps", followUps);
    }
    return out;
  }

  private static Map<String, Object> keyPoint(KeyPoint k) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", k.id());
    out.put("text", k.text());
    double w = k.weight();
    // Whole weights are written as integers ("2", not "2.0"); reading gives the same double.
    out.put("weight", w == Math.rint(w) && Math.abs(w) < 1e15 ? (Object) (long) w : (Object) w);
    if (k.required()) {
      out.put("required", true);
    }
    if (!k.phrasings().isEmpty()) {
      out.put("phrasings", k.phrasings());
    }
    if (!k.contradictions().isEmpty()) {
      out.put("contradictions", k.contradictions());
    }
    return out;
  }
}
