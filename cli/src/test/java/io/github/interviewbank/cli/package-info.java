@NullMarked
package io.github.interviewbank.cli;

import org.jspecify.annotations.NullMarked;
