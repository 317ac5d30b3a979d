@NullMarked
package io.github.interviewbank.grading.keyword.internal;

import org.jspecify.annotations.NullMarked;
