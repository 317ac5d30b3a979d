@NullMarked
package io.github.interviewbank.core;

import org.jspecify.annotations.NullMarked;
