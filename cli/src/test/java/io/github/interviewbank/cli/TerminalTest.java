package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Output that is certainly no terminal is told apart without asking the console. */
class TerminalTest {
  @Test
  void pipesSocketsFilesAndTheNullDeviceAreNoTerminals() {
    assertTrue(Terminal.isNoTerminal("pipe:[4026532]"));
    assertTrue(Terminal.isNoTerminal("socket:[123]"));
    assertTrue(Terminal.isNoTerminal("/home/ana/grades.txt"));
    assertTrue(Terminal.isNoTerminal("/dev/null"));
  }

  @Test
  void devicesThatMayBeTerminalsAreLeftToTheConsole() {
    assertFalse(Terminal.isNoTerminal("/dev/pts/3"));
    assertFalse(Terminal.isNoTerminal("/dev/tty1"));
    assertFalse(Terminal.isNoTerminal("/dev/console"));
  }
}
