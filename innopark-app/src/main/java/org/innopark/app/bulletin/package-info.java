/**
 * Bulletin intelligence (公报情报): reading bulletins and news (txt in UTF-8 or GBK, html, docx) into text, the
 * engine's fact extraction, and writing the facts as JSONL, CSV or XLSX.
 */
@ApplicationModule(allowedDependencies = {"shared", "spreadsheet"})
package org.innopark.app.bulletin;

import org.springframework.modulith.ApplicationModule;
