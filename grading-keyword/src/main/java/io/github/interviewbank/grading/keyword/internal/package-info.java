/**
 * Implementation of the keyword grader: text analysis, Porter2 stemming, synonym tables, pattern
 * compilation and matching. Not exported by the module and not part of the API: do not use; it
 * changes without notice.
 */
@NullMarked
package io.github.interviewbank.grading.keyword.internal;

import org.jspecify.annotations.NullMarked;
