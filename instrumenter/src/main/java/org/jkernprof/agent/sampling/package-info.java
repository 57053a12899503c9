/**
 * The engine of the sampled timer: wall-clock stack samples of every thread, taken by
 * async-profiler, read back as immutable stacks and counted per profiled line. The hits of the
 * sampled timer stay exact (they come from the counting probes); only the time comes from here.
 *
 * <p>async-profiler travels in the agent jar as private resources and is loaded, in a class loader
 * of the agent's own, only when sampling starts (see {@link WallClockSampler}); nothing of this
 * package loads otherwise.
 */
package org.jkernprof.agent.sampling;
