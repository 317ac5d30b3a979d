@NullMarked
package io.github.interviewbank.grading.llm;

import org.jspecify.annotations.NullMarked;
