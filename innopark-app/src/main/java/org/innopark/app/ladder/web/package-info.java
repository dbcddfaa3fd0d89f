/** The ladder REST API: verdicts, park ladders, candidates and the verdicts workbook. */
package org.innopark.app.ladder.web;
