@NullMarked
package io.github.interviewbank.practice;

import org.jspecify.annotations.NullMarked;
