/**
 * The interview-bank command line.
 */
@NullMarked
package io.github.interviewbank.examples.cli;

import org.jspecify.annotations.NullMarked;
