/** The chain REST API: chains, a park's coverage and gaps, node enterprises, targets (JSON, XLSX), mapping decisions. */
package org.innopark.app.chain.web;
