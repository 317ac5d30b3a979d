@NullMarked
package io.github.interviewbank.examples.customgrader;

import org.jspecify.annotations.NullMarked;
