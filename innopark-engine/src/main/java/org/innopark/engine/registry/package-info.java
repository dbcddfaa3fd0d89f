/**
 * The registry's domain: parks, enterprises and their Torch-survey annual reports, qualifications, platforms,
 * incubation carriers, talents, attraction projects and technology contracts, as self-validating values.
 */
package org.innopark.engine.registry;
