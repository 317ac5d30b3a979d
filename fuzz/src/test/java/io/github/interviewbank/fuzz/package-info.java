/** Fuzz targets and property runs at scale; see docs/fuzzing.md. */
@NullMarked
package io.github.interviewbank.fuzz;

import org.jspecify.annotations.NullMarked;
