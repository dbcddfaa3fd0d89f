/** The technology-transfer REST API: a park's results, experts, instruments and demands, imports, matches, reindex. */
package org.innopark.app.transfer.web;
