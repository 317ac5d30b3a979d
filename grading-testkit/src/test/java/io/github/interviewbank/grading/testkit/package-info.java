@NullMarked
package io.github.interviewbank.grading.testkit;

import org.jspecify.annotations.NullMarked;
