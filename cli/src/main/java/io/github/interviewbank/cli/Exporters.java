package io.github.interviewbank.cli;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank in formats other tools read. None of them has an escape for a control character, so
 * each document is {@linkplain Text#printable printable}: a bank's escape sequences reach neither
 * a terminal that shows the export nor the tool that reads it.
 */
final class Exporters {
  private Exporters() {}

  /** Markdown for reading: one section per question, grouped by main topic. */
  static String markdown(QuestionBank bank) {
    StringBuilder sb = new StringBuilder("# Interview questions\n\n");
    sb.append(Text.count(bank.size(), "question")).append(".\n");
    for (Map.Entry<String, List<Question>> group : byMainTopic(bank).entrySet()) {
      sb.append("\n## ").append(group.getKey()).append("\n");
      for (Question q : group.getValue()) {
        sb.append("\n### ").append(q.prompt()).append("\n\n");
        sb.append("`").append(q.id()).append("` · ").append(q.difficulty().id());
        if (!q.topics().isEmpty()) {
          sb.append(" · ").append(String.join(", ", q.topics().stream().map(Topic::name).toList()));
        }
        sb.append("\n\n**Answer.** ").append(q.referenceAnswer()).append("\n");
        if (!q.keyPoints().isEmpty()) {
          sb.append("\n**Key points**\n\n");
          for (KeyPoint k : q.keyPoints()) {
            sb.append("- ").append(k.text()).append(k.required() ? " *(required)*" : "")
                .append("\n");
          }
        }
        if (!q.followUps().isEmpty()) {
          sb.append("\n**Follow-ups**\n\n");
          for (FollowUp f : q.followUps()) {
            sb.append("- ").append(f.prompt()).append("\n");
          }
        }
      }
    }
    return Text.printable(sb.toString());
  }

  /**
   * Moodle GIFT: one essay question per bank question, named by its id, in a category per main
   * topic, with the reference answer and key points as general feedback and the topics in a
   * comment.
   */
  static String gift(QuestionBank bank) {
    StringBuilder sb = new StringBuilder("// Interview Bank export: ")
        .append(Text.count(bank.size(), "essay question")).append(", grouped by main topic.\n\n");
    for (Map.Entry<String, List<Question>> group : byMainTopic(bank).entrySet()) {
      sb.append("$CATEGORY: $course$/Interview Bank/").append(giftEscape(group.getKey()))
          .append("\n\n");
      for (Question q : group.getValue()) {
        sb.append("// id: ").append(q.id()).append("\n");
        sb.append("// difficulty: ").append(q.difficulty().id()).append("\n");
        sb.append("// topics: ")
            .append(String.join(", ", q.topics().stream().map(Topic::id).toList())).append("\n");
        StringBuilder feedback = new StringBuilder(q.referenceAnswer());
        if (!q.keyPoints().isEmpty()) {
          feedback.append("\n\nKey points:");
          for (KeyPoint k : q.keyPoints()) {
            feedback.append("\n- ").append(k.text());
          }
        }
        sb.append("::").append(giftEscape(q.id())).append("::")
            .append(giftEscape(q.prompt())).append(" {\n####")
            .append(giftEscape(feedback.toString())).append("\n}\n\n");
      }
    }
    return Text.printable(sb.toString());
  }

  /** Escapes GIFT's control characters and line breaks. */
  static String giftEscape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> sb.append('\\').append(c);
        case '\n' -> sb.append("\\n");
        case '\r' -> {
          // dropped: \r\n becomes \n
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Anki: tab-separated notes (front, back, tags) with Anki's header lines, HTML in the fields.
   * Tags are the topic ids, the difficulty and the question id.
   */
  static String anki(QuestionBank bank) {
    StringBuilder sb = new StringBuilder("#separator:tab\n#html:true\n#tags column:3\n");
    for (Question q : bank.questions()) {
      StringBuilder back = new StringBuilder(html(q.referenceAnswer()));
      if (!q.keyPoints().isEmpty()) {
        back.append("<br><br><b>Key points</b><ul>");
        for (KeyPoint k : q.keyPoints()) {
          back.append("<li>").append(html(k.text())).append("</li>");
        }
        back.append("</ul>");
      }
      StringBuilder tags = new StringBuilder();
      for (Topic t : q.topics()) {
        tags.append(t.id()).append(' ');
      }
      tags.append(q.difficulty().id()).append(" id::").append(q.id());
      sb.append(field(html(q.prompt()))).append('\t').append(field(back.toString())).append('\t')
          .append(tags).append('\n');
    }
    return Text.printable(sb.toString());
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r\n", "<br>").replace("\n", "<br>");
  }

  /** Anki fields cannot hold tabs; quotes need doubling only inside quoted fields. */
  private static String field(String text) {
    return text.replace('\t', ' ');
  }

  private static Map<String, List<Question>> byMainTopic(QuestionBank bank) {
    Map<String, List<Question>> groups = new LinkedHashMap<>();
    for (Question q : bank.questions()) {
      String topic = q.topics().isEmpty() ? "Other" : q.topics().get(0).name();
      groups.computeIfAbsent(topic, k -> new java.util.ArrayList<>()).add(q);
    }
    return groups;
  }
}
