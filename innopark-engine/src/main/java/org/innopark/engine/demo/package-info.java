/**
 * A deterministic, calibrated demo population for the registry: real high-tech zones, simulated enterprises with
 * consistent annual reports, qualifications derived from their figures, and the platforms, carriers, talents,
 * projects and contracts around them, streamed into a {@link org.innopark.engine.demo.DemoSink}.
 */
package org.innopark.engine.demo;
