/**
 * Reading rule files: official schemes and frameworks are versioned YAML files, and every value read from one
 * knows its file and line so that a mistake is reported where it is.
 */
package org.innopark.engine.rules;
