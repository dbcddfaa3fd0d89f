/**
 * Patent navigation (专利导航, GB/T 39551): patent records in the fields of public patent data, IPC symbols parsed
 * and normalised, applicants normalised and linked to registry enterprises with their evidence, patents tagged to
 * chain nodes by versioned rules (an IPC concordance and a 技术分解表 of keyword rules per chain, each tag keeping its
 * rule id), and the landscape per chain node: trends with the publication lag, shares, leading applicants, hotspots
 * and gaps. Plain Java: data in, results out.
 */
package org.innopark.engine.patent;
