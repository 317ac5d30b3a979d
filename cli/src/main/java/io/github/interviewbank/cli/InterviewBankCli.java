package io.github.interviewbank.cli;

import io.github.interviewbank.core.QuestionBankException;
import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.evaluation.LabelFileException;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code interview-bank} command line: a mock interview in the terminal, and tools for people
 * who embed the bank or build graders.
 *
 * <p>Exit codes: 0 success; 1 invalid input (a bad bank, labels or answer file, an unknown
 * question id, an answer over the length limit); 2 usage error (an unknown option or command, a
 * bad option value, an unknown grader); 3 a grader failed; 4 output could not be written (standard
 * output full or closed, or an {@code --out} file); 141 the reader of standard output went away
 * (a closed pipe, as {@code | head} does), said nowhere, as Unix tools killed by SIGPIPE do.
 * Errors are one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "interview-bank",
    mixinStandardHelpOptions = true,
    versionProvider = InterviewBankCli.Version.class,
    description = "Practise backend interview questions, and grade, evaluate and export the bank.",
    footer = {
      "", "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 a grader failed,"
          + " 4 output could not be written.",
      "Start with: interview-bank practice"
    })
public final class InterviewBankCli implements Runnable {
  /** Exit code for invalid input. */
  static final int INVALID_INPUT = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** Exit code for a grader that failed. */
  static final int GRADER_FAILED = 3;

  /** Exit code for output that could not be written. */
  static final int OUTPUT_FAILED = 4;

  /** Exit code when the reader of standard output went away: 128 + SIGPIPE, as a shell shows. */
  static final int BROKEN_PIPE = 141;

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @CommandLine.Option(names = "--bank", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "A bank in the JSON bank format, instead of the built-in one.")
  @Nullable Path bankFile;

  @CommandLine.Option(names = "--grader", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
      description = "The grader to use, by provider name (default: ${DEFAULT-VALUE}).",
      defaultValue = "keyword")
  String graderName = "keyword";

  @CommandLine.Option(names = "--grader-option", paramLabel = "KEY=VALUE",
      scope = CommandLine.ScopeType.INHERIT,
      description = "An option for the grader, such as proximity=2; repeatable.")
  Map<String, String> graderOptions = new LinkedHashMap<>();

  @CommandLine.Option(names = "--grader-path", paramLabel = "PATH[:PATH...]",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Jars or class folders with more graders, separated by '${sys:path.separator}'"
          + " (also $" + GraderPath.VARIABLE + " and the graders folder of your configuration"
          + " directory; see 'interview-bank graders').")
  @Nullable String graderPath;

  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  /**
   * The commands, by name, in the order help lists them. They are registered in {@link #run}
   * rather than in the annotation so that a run builds the model of the one command it executes:
   * picocli reads every registered command's annotations up front, and with seven commands that
   * reflection was the larger part of the command line's start-up. Held apart from this class,
   * so that a run that {@link PlainInvocation} serves never loads the table's classes, picocli's
   * help command among them (on Java 25, read from the jar: picocli's classes are too old for
   * the start-up cache).
   */
  private static final class Commands {
    static final Map<String, Class<?>> ALL = commands();
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("practice", PracticeCommand.class);
    commands.put("list", ListCommand.class);
    commands.put("show", ShowCommand.class);
    commands.put("grade", GradeCommand.class);
    commands.put("evaluate", EvaluateCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("graders", GradersCommand.class);
    commands.put("progress", ProgressCommand.class);
    commands.put("history", HistoryCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return commands;
  }

  /** Streams and terminal of this run; set before the command executes. */
  Session session = Session.NONE;

  private @Nullable GraderCatalog graders;
  /** Standard input as bytes, for {@code grade --input -}; {@link #session} reads it as text. */
  InputStream stdin = InputStream.nullInputStream();

  InterviewBankCli() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command-line arguments; never {@code null}
   */
  public static void main(String[] args) {
    int code = run(args, openStandardInput(), new FileOutputStream(FileDescriptor.out),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), Terminal.detect(),
        Environment.system(), Terminal.interactive());
    System.exit(code);
  }

  /**
   * Standard input, or an empty stream when the process was started with it closed ({@code
   * <&-}): the JVM then reuses descriptor 0 for a file of its own, which would be read as the
   * user's input. Linux shows what descriptor 0 is; elsewhere it is taken as it is.
   */
  private static InputStream openStandardInput() {
    try {
      Path fd0 = Path.of("/proc/self/fd/0").toRealPath();
      Path modules = Path.of(System.getProperty("java.home"), "lib", "modules").toRealPath();
      Path jar = Path.of(InterviewBankCli.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()).toRealPath();
      if (fd0.equals(modules) || fd0.equals(jar)) {
        return InputStream.nullInputStream();
      }
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      // not Linux, or no such file: standard input as given
    }
    return new FileInputStream(FileDescriptor.in);
  }

  /**
   * Runs the command line with standard output as bytes, as {@link #main} does: a failed write
   * to it is reported with its reason and exit code {@value #OUTPUT_FAILED}.
   *
   * @return the exit code
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintWriter err,
      Terminal terminal, Environment environment, boolean interactive) {
    StandardOutput watched = new StandardOutput(out);
    return run(args, in, new PrintWriter(new OutputStreamWriter(
        new BufferedOutputStream(watched, 1 << 14), StandardCharsets.UTF_8), true), err,
        terminal, environment, interactive, watched);
  }

  /**
   * Runs the command line on the given streams and environment, as tests do.
   *
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err,
      Terminal terminal, Environment environment, boolean interactive) {
    return run(args, in, out, err, terminal, environment, interactive, null);
  }

  private static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err,
      Terminal terminal, Environment environment, boolean interactive,
      @Nullable StandardOutput watched) {
    InterviewBankCli root = new InterviewBankCli();
    // Everything the commands write goes out printable: no text from a bank, an answer or a
    // grader sends the terminal an escape sequence. Neither writer buffers, so the order of
    // what they and picocli (its help, from the annotations) write is kept.
    PrintWriter shownOut = new PrintableOutput(out);
    PrintWriter shownErr = new PrintableOutput(err);
    // Answers must be UTF-8: bytes that are not are an error, never replacement characters.
    root.session = new Session(new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))), shownOut, shownErr, terminal,
        environment, interactive);
    root.stdin = in;
    Optional<BankCommand> plain = PlainInvocation.command(args, root);
    int code = plain.isPresent() ? call(plain.get(), root, shownErr)
        : execute(args, root, out, err, shownErr);
    out.flush();
    if (out.checkError()) {
      IOException why = watched == null ? null : watched.failure();
      String reason = why == null ? null : why.getMessage();
      if (reason != null && reason.contains("Broken pipe")) {
        return BROKEN_PIPE;
      }
      shownErr.println("interview-bank: cannot write to standard output"
          + (reason == null ? "" : ": " + reason));
      code = OUTPUT_FAILED;
    }
    err.flush();
    return code;
  }

  /**
   * Runs a command that {@link PlainInvocation} recognised, as picocli would run it: its result
   * is the exit code, and what it throws is reported as {@link #failure} reports it.
   */
  private static int call(BankCommand command, InterviewBankCli root, PrintWriter err) {
    try {
      return command.call();
    } catch (Exception e) {
      return failure(e, root.verbose, err);
    }
  }

  /**
   * Runs these arguments through picocli's model of the root and the command they invoke. Its
   * help goes to {@code out} and {@code err} as picocli writes it (in its colours, if it uses
   * any); errors, which may quote the arguments, to {@code shownErr}.
   */
  private static int execute(String[] args, InterviewBankCli root, PrintWriter out,
      PrintWriter err, PrintWriter shownErr) {
    CommandLine cli = new CommandLine(root);
    String invoked = invokedCommand(args, cli.getCommandSpec());
    for (Map.Entry<String, Class<?>> c : Commands.ALL.entrySet()) {
      if (invoked == null || invoked.equals(c.getKey())) {
        cli.addSubcommand(c.getKey(), c.getValue());
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> {
      shownErr.println("interview-bank: " + usageMessage(e, arguments));
      shownErr.println("Run 'interview-bank " + commandPath(e.getCommandLine())
          + "--help' for usage.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failure(e, root.verbose, shownErr));
    return cli.execute(args);
  }

  /**
   * A usage error in words: picocli's, except where it speaks of its model ("expected only one
   * match but got" a group's matches, "Unmatched argument at index 0" for a command that does
   * not exist) or repeats itself ("option option").
   */
  static String usageMessage(CommandLine.ParameterException e, String[] args) {
    String message = String.valueOf(e.getMessage());
    CommandLine commandLine = e.getCommandLine();
    if (message.contains("expected only one match")) {
      String together = exclusiveOptionsGiven(commandLine.getCommandSpec().argGroups(),
          givenOptions(args));
      if (together != null) {
        return together + " cannot be used together";
      }
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u && commandLine.getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")
        && !commandLine.getSubcommands().isEmpty()) {
      return "unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
          + String.join(", ", commandLine.getSubcommands().keySet());
    }
    return message.replace("option option '", "option '").replaceFirst("^Error: ", "");
  }

  /** The option names among the arguments, without their values. */
  private static java.util.Set<String> givenOptions(String[] args) {
    java.util.Set<String> given = new java.util.HashSet<>();
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (a.startsWith("-")) {
        int eq = a.indexOf('=');
        given.add(eq < 0 ? a : a.substring(0, eq));
      }
    }
    return given;
  }

  /**
   * "--answer and --answer-file": the first two options given of one exclusive group, its
   * innermost groups first; null when no group has two.
   */
  private static @Nullable String exclusiveOptionsGiven(
      java.util.List<CommandLine.Model.ArgGroupSpec> groups, java.util.Set<String> given) {
    for (CommandLine.Model.ArgGroupSpec g : groups) {
      String inner = exclusiveOptionsGiven(g.subgroups(), given);
      if (inner != null) {
        return inner;
      }
      if (g.exclusive()) {
        java.util.List<String> used = new java.util.ArrayList<>();
        for (CommandLine.Model.OptionSpec o : g.options()) {
          if (java.util.Arrays.stream(o.names()).anyMatch(given::contains)) {
            used.add(o.longestName());
          }
        }
        for (CommandLine.Model.ArgGroupSpec sub : g.subgroups()) {
          sub.allOptionsNested().stream()
              .filter(o -> java.util.Arrays.stream(o.names()).anyMatch(given::contains))
              .findFirst().ifPresent(o -> used.add(o.longestName()));
        }
        if (used.size() >= 2) {
          return used.get(0) + " and " + used.get(1);
        }
      }
    }
    return null;
  }

  /** Reports what a command threw, in one line on standard error, and returns the exit code. */
  private static int failure(Exception e, boolean verbose, PrintWriter err) {
    int code;
    String message;
    if (e instanceof QuestionBankException || e instanceof LabelFileException
        || e instanceof InvalidInputException || e instanceof HistoryUnavailableException) {
      code = INVALID_INPUT;
      message = e.getMessage();
    } else if (e instanceof GraderConfigurationException) {
      code = USAGE;
      message = e.getMessage();
    } else if (e instanceof GradingException) {
      code = GRADER_FAILED;
      message = "grading failed: " + e.getMessage();
    } else if (e instanceof OutputException) {
      code = OUTPUT_FAILED;
      message = e.getMessage();
    } else if (e instanceof UncheckedIOException u && u.getCause() != null) {
      // Commands say which file and why themselves; this is the plain fallback.
      code = INVALID_INPUT;
      IOException cause = java.util.Objects.requireNonNull(u.getCause());
      String context = u.getMessage();
      message = (context == null || context.equals(cause.toString()) ? "" : context + ": ")
          + FileProblem.describe(cause);
    } else if (e instanceof IOException io) {
      code = INVALID_INPUT;
      message = FileProblem.describe(io);
    } else {
      code = GRADER_FAILED;
      message = "unexpected error: " + e + (verbose ? "" : " (rerun with --verbose for details)");
    }
    err.println("interview-bank: " + message);
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * The command these arguments run, or {@code null} when they name none of the commands (then
   * every command is registered, for help, suggestions and errors). {@code help} registers all,
   * since it describes the others. {@code root} is the model of the top-level command alone: its
   * options say which take a value as the next argument.
   */
  static @Nullable String invokedCommand(String[] args, CommandLine.Model.CommandSpec root) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return null;
      }
      if (a.startsWith("-")) {
        CommandLine.Model.OptionSpec option = root.findOption(a);
        if (option != null && option.arity().min() > 0) {
          i++;
        }
        continue;
      }
      return Commands.ALL.containsKey(a) && !a.equals("help") ? a : null;
    }
    return null;
  }

  private static String commandPath(CommandLine commandLine) {
    StringBuilder sb = new StringBuilder();
    CommandLine c = commandLine;
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    while (c != null && c.getParent() != null) {
      names.push(c.getCommandName());
      c = c.getParent();
    }
    for (String n : names) {
      sb.append(n).append(' ');
    }
    return sb.toString();
  }

  /**
   * Whether this run's grader path names nothing (no {@code --grader-path}, no {@value
   * GraderPath#VARIABLE}, no configured graders folder), while the catalog is not loaded: then
   * the built-in graders are all there is.
   */
  boolean graderPathEmpty() {
    return graders == null
        && GraderPath.of(graderPath, session.environment()).elements().isEmpty();
  }

  /**
   * The graders this run can use, loaded on first use. With {@code report}, each problem met on
   * the grader path is reported once, one line each, on standard error; the other graders stay
   * usable.
   */
  GraderCatalog graders(boolean report) {
    GraderCatalog c = graders;
    if (c == null) {
      c = GraderCatalog.load(GraderPath.of(graderPath, session.environment()));
      graders = c;
      if (report) {
        for (String problem : c.problems()) {
          session.err().println("interview-bank: grader path: " + problem);
        }
        session.err().flush();
      }
    }
    return c;
  }

  @Override
  public void run() {
    // No command given: show help, as a usage error.
    throw MissingCommand.error(java.util.Objects.requireNonNull(spec).commandLine());
  }

  /**
   * The error of a run without a command. Its own class: throwing picocli's exception here would
   * make this class's verification load picocli's exception classes in every run, and on Java 25
   * those come from the jar, not the start-up cache.
   */
  private static final class MissingCommand {
    static RuntimeException error(CommandLine commandLine) {
      return new CommandLine.ParameterException(commandLine,
          "missing command: try 'interview-bank practice'");
    }
  }

  /** Reads the version from a resource filtered by the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = InterviewBankCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "interview-bank " + p.getProperty("version", "unknown"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
