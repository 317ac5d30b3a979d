/**
 * Example: a custom grader published through ServiceLoader.
 */
@NullMarked
package io.github.interviewbank.examples.customgrader;

import org.jspecify.annotations.NullMarked;
