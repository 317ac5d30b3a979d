package io.github.interviewbank.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the plain words of a one-line error ("permission
 * denied", "is a directory", "no such file"), never an exception's class name.
 */
final class FileProblem {
  private FileProblem() {}

  /** The reason alone, for a message that names the file itself. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      // A file system exception without a reason, or an exception without a message.
      return e instanceof FileSystemException ? "cannot be read" : "an input/output error";
    }
    why = why.strip();
    // The system's words ("Is a directory", "Permission denied") start a sentence: here they
    // follow "FILE: ".
    return why.length() > 1 && Character.isUpperCase(why.charAt(0))
        && !Character.isUpperCase(why.charAt(1))
        ? why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1) : why;
  }

  /** "FILE: reason": the file of a file system exception, when it names one, and the reason. */
  static String describe(IOException e) {
    String file = e instanceof FileSystemException f ? f.getFile() : null;
    return file == null ? reason(e) : file + ": " + reason(e);
  }
}
