/**
 * Implementation of the LLM grader: the settings table, the HTTP exchange with retries, the
 * prompts, reading the model's JSON and verifying its evidence. Not exported by the module and not
 * part of the API: do not use; it changes without notice.
 */
@NullMarked
package io.github.interviewbank.grading.llm.internal;

import org.jspecify.annotations.NullMarked;
