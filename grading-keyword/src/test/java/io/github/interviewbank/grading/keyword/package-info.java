@NullMarked
package io.github.interviewbank.grading.keyword;

import org.jspecify.annotations.NullMarked;
