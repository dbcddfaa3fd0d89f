/** The pipeline REST API: projects, transitions, follow-ups, problems, funds, owners, the pool, the funnel (JSON, XLSX). */
package org.innopark.app.pipeline.web;
