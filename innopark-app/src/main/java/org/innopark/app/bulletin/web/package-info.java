/** The bulletin REST API: a park's bulletins (upload, list, text and facts), fact reviews and the peer table (JSON, XLSX). */
package org.innopark.app.bulletin.web;
