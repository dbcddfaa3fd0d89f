/** The monitoring REST API: a park's alerts, cases and their workflow, per-rule outcomes, and the scan on demand. */
package org.innopark.app.monitor.web;
