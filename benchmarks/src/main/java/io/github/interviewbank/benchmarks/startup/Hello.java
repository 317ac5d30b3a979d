package io.github.interviewbank.benchmarks.startup;

/** Start-up floor: a JVM that prints one line. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
