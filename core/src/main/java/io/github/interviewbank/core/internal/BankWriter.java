package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.AtomicFile;
import io.github.interviewbank.core.BankProblem;
import io.github.interviewbank.core.Contrast;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionBankException;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a {@link QuestionBank} in the JSON bank format with Jackson's streaming generator: two-space
 * indentation, {@code "name": value}, one element per line, and fields at their default value left
 * out. A bank whose indented form would be larger than {@link QuestionBank#MAX_DOCUMENT_BYTES} is
 * written without indentation, and one that would still be too large is refused: whatever is
 * written, the reader accepts. Not part of the API: do not use.
 */
public final class BankWriter {
  private BankWriter() {}

  /** {@return the bank as JSON, ending with a newline} */
  public static String toJson(QuestionBank bank) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(bank, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes the bank to a stream as UTF-8, flushing but not closing it. */
  public static void write(QuestionBank bank, OutputStream out) {
    ObjectWriteContext layout = layout(bank, "output");
    try {
      render(bank, out, layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the bank to a file as {@link AtomicFile} does. */
  public static void write(QuestionBank bank, Path file) {
    ObjectWriteContext layout = layout(bank, file.toString());
    AtomicFile.write(file, out -> render(bank, out, layout));
  }

  /** Indented if that fits the size limit, else compact if that fits, else a refusal. */
  private static ObjectWriteContext layout(QuestionBank bank, String target) {
    long indented = size(bank, PRETTY);
    if (indented <= QuestionBank.MAX_DOCUMENT_BYTES) {
      return PRETTY;
    }
    long compact = size(bank, COMPACT);
    if (compact <= QuestionBank.MAX_DOCUMENT_BYTES) {
      return COMPACT;
    }
    throw QuestionBankException.of(List.of(BankProblem.of(target, String.format(Locale.ROOT,
        "cannot write the bank: its JSON would be more than %,d bytes, the limit that loading"
            + " accepts",
        QuestionBank.MAX_DOCUMENT_BYTES))));
  }

  /** The bytes the bank takes in a layout, counted up to one past the limit. */
  private static long size(QuestionBank bank, ObjectWriteContext layout) {
    SizeCounter counter = new SizeCounter();
    try {
      render(bank, counter, layout);
    } catch (SizeCounter.Enough e) {
      // over the limit: the count says so
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  private static void render(QuestionBank bank, OutputStream out, ObjectWriteContext layout)
      throws IOException {
    try {
      try (JsonGenerator g = JsonSupport.FACTORY.createGenerator(layout, new NonClosing(out),
          JsonEncoding.UTF8)) {
        bank(g, bank);
      }
      out.write('\n');
      out.flush();
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("cannot render the bank as JSON", e);
    }
  }

  /** Counts bytes, and stops the writing once they are past the document limit. */
  private static final class SizeCounter extends OutputStream {
    /** Thrown to stop counting: the size is known to be too large. */
    static final class Enough extends IOException {
      private static final long serialVersionUID = 1L;

      Enough() {
        super("over the limit");
      }
    }

    long count;

    @Override
    public void write(int b) throws IOException {
      counted(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      counted(len);
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > QuestionBank.MAX_DOCUMENT_BYTES) {
        throw new Enough();
      }
    }
  }

  /** Pretty printing: two-space indentation, a space after each colon, one element per line. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** No white space at all: for banks whose indented form would not fit the size limit. */
  private static final ObjectWriteContext COMPACT = ObjectWriteContext.empty();

  private static void bank(JsonGenerator g, QuestionBank bank) {
    g.writeStartObject();
    g.writeNumberProperty("formatVersion", BankReader.FORMAT_VERSION);
    g.writeArrayPropertyStart("topics");
    for (Topic t : bank.topics()) {
      g.writeStartObject();
      g.writeStringProperty("id", t.id());
      g.writeStringProperty("name", t.name());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!bank.synonyms().isEmpty()) {
      g.writeArrayPropertyStart("synonyms");
      for (SynonymGroup group : bank.synonyms()) {
        strings(g, group.terms());
      }
      g.writeEndArray();
    }
    g.writeArrayPropertyStart("questions");
    for (Question q : bank.questions()) {
      question(g, q);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void question(JsonGenerator g, Question q) {
    g.writeStartObject();
    g.writeStringProperty("id", q.id());
    g.writeStringProperty("prompt", q.prompt());
    g.writeStringProperty("difficulty", q.difficulty().id());
    if (!q.topics().isEmpty()) {
      g.writeName("topics");
      strings(g, q.topics().stream().map(Topic::id).toList());
    }
    if (!q.contrasts().isEmpty()) {
      g.writeArrayPropertyStart("contrasts");
      for (Contrast c : q.contrasts()) {
        strings(g, c.terms());
      }
      g.writeEndArray();
    }
    g.writeStringProperty("referenceAnswer", q.referenceAnswer());
    if (!q.keyPoints().isEmpty()) {
      g.writeArrayPropertyStart("keyPoints");
      for (KeyPoint k : q.keyPoints()) {
        keyPoint(g, k);
      }
      g.writeEndArray();
    }
    if (!q.followUps().isEmpty()) {
      g.writeArrayPropertyStart("followUps");
      for (FollowUp f : q.followUps()) {
        followUp(g, f);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A follow-up: its prompt alone as a string, or an object with what it has beyond that. */
  private static void followUp(JsonGenerator g, FollowUp f) {
    if (f.keyPointIds().isEmpty() && f.referenceAnswer().isEmpty()) {
      g.writeString(f.prompt());
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("prompt", f.prompt());
    if (!f.keyPointIds().isEmpty()) {
      g.writeName("keyPoints");
      strings(g, f.keyPointIds());
    }
    if (f.referenceAnswer().isPresent()) {
      g.writeStringProperty("referenceAnswer", f.referenceAnswer().get());
    }
    if (!f.rubric().isEmpty()) {
      g.writeArrayPropertyStart("rubric");
      for (KeyPoint k : f.rubric()) {
        keyPoint(g, k);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void keyPoint(JsonGenerator g, KeyPoint k) {
    g.writeStartObject();
    g.writeStringProperty("id", k.id());
    g.writeStringProperty("text", k.text());
    double w = k.weight();
    // Whole weights are written as integers ("2", not "2.0"); reading gives the same double.
    if (w == 1.0) {
      // the default
    } else if (w == Math.rint(w) && Math.abs(w) < 1e15) {
      g.writeNumberProperty("weight", (long) w);
    } else {
      g.writeNumberProperty("weight", w);
    }
    if (k.required()) {
      g.writeBooleanProperty("required", true);
    }
    if (!k.phrasings().isEmpty()) {
      g.writeName("phrasings");
      strings(g, k.phrasings());
    }
    if (!k.contradictions().isEmpty()) {
      g.writeName("contradictions");
      strings(g, k.contradictions());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> values) {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Lets the generator close its view of a caller's stream without closing the stream. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
