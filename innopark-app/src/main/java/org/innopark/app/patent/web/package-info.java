/** The patent navigation REST API: import, the park's patents, a chain's landscape, the applicant-link queue. */
package org.innopark.app.patent.web;
