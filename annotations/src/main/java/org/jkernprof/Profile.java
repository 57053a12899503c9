package org.jkernprof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code for line-by-line profiling by the jkernprof agent, like {@code @profile} for Python's
 * line_profiler.
 *
 * <p>On a method or constructor, that method is profiled: every source line gets its hit count and
 * time. On a type, every method and constructor declared in it is profiled (not those of nested
 * types, which carry their own annotation). Lambda bodies and anonymous or local classes written
 * inside a profiled method are profiled too, and their lines are reported with that method. Those
 * written in a marked type's field initializers (an enum constant's body, an anonymous class or a
 * lambda assigned to a field) are profiled as methods of their own.
 *
 * <p>Without the agent the annotation does nothing, so it is safe to leave in production code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface Profile {}
