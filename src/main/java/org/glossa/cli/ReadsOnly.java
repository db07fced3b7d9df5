package org.glossa.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link LibraryCommand} that only reads the library: it opens it read-only, and so works
 * on a read-only library and beside a window that has the library open.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ReadsOnly {
}
