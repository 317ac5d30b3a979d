@NullMarked
package io.github.interviewbank.core.internal;

import org.jspecify.annotations.NullMarked;
