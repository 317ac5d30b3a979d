@NullMarked
package io.github.interviewbank.grading;

import org.jspecify.annotations.NullMarked;
