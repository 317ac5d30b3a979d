/**
 * The interview-bank command line.
 */
@NullMarked
package io.github.interviewbank.cli;

import org.jspecify.annotations.NullMarked;
