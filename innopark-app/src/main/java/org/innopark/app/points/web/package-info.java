/** The innovation-points REST API: rankings, explanations, consent and the bank list workbook. */
package org.innopark.app.points.web;
