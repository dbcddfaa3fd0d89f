/** The reports REST API: templates, a report as PDF, Word, XLSX or JSON, and the history of issued reports. */
package org.innopark.app.report.web;
