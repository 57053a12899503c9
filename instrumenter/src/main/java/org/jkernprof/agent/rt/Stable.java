package org.jkernprof.agent.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Becomes the JDK's {@code jdk.internal.vm.annotation.Stable} when the runtime is defined in {@code
 * java.base} ({@code RuntimeClassFile.renamed}), where the JIT honours it: a field, or an array's
 * element, that is no longer null or zero may be read as a constant. Only for values written once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Stable {}
