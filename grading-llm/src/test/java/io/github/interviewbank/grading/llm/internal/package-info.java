@NullMarked
package io.github.interviewbank.grading.llm.internal;

import org.jspecify.annotations.NullMarked;
