@NullMarked
package io.github.interviewbank.examples;

import org.jspecify.annotations.NullMarked;
