import org.jspecify.annotations.NullMarked;

/**
 * The {@code interview-bank} command line. Usually run from its single jar on the class path;
 * run on the module path ({@code java -p DIR -m io.github.interviewbank.cli}), grader jars that
 * carry module descriptors are loaded as modules in a child layer.
 *
 * @uses io.github.interviewbank.grading.GraderProvider
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.cli {
  requires static org.jspecify;
  requires io.github.interviewbank.core;
  requires io.github.interviewbank.grading;
  requires io.github.interviewbank.grading.keyword;
  requires io.github.interviewbank.evaluation;
  requires io.github.interviewbank.practice;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  requires org.jline.reader;
  requires org.jline.terminal;
  requires info.picocli;
  requires tools.jackson.databind;

  // picocli builds the commands reflectively; Jackson writes the JSON records.
  opens io.github.interviewbank.cli to info.picocli, tools.jackson.databind;

  uses io.github.interviewbank.grading.GraderProvider;
}
