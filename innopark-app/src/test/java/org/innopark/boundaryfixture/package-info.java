/**
 * Planted modules that break the rules on purpose, so that {@code ModuleBoundariesTests} shows the module check
 * failing: {@code a} and {@code b} use each other (a cycle), and {@code a} uses {@code c} without declaring it.
 */
package org.innopark.boundaryfixture;
