package org.pacto.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation (method) or controller (class) on its way out, under the deprecation policy of
 * docs/api-changes.md: while it still answers, every answer carries {@code Deprecation: @<since>}
 * (RFC 9745), {@code Sunset: <date>} (RFC 8594) and, when there is one, {@code Link: <successor>;
 * rel="successor-version"}. Without {@link #pathPrefix()} the whole operation is deprecated (and marked so
 * in the OpenAPI document); with it, only the old addresses under that prefix are (a renamed path that
 * still answers, hidden from the document), and the successor link replaces the prefix by
 * {@link #successor()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiDeprecation {

    /** The day it was deprecated, ISO 8601 ({@code 2026-12-02}). */
    String since();

    /** The first day it may stop answering, ISO 8601; at least six months after {@link #since()}. */
    String sunset();

    /** The address (or, with {@link #pathPrefix()}, the prefix) that replaces it; empty when nothing does. */
    String successor() default "";

    /** Only requests under this path prefix are deprecated; empty: every request of the operation. */
    String pathPrefix() default "";
}
