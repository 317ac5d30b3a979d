/**
 * Implementation details of {@code io.github.interviewbank.core}: JSON reading and writing, checks,
 * the sampling generator. Not exported by the module and not part of the API: do not use; it
 * changes without notice.
 */
@NullMarked
package io.github.interviewbank.core.internal;

import org.jspecify.annotations.NullMarked;
