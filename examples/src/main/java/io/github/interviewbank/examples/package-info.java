/**
 * Example programs: embedding the bank and combining graders.
 */
@NullMarked
package io.github.interviewbank.examples;

import org.jspecify.annotations.NullMarked;
