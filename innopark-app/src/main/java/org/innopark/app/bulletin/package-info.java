/**
 * Bulletin intelligence (公报情报): reading bulletins and news (txt in UTF-8 or GBK, html, docx, pdf with a text layer)
 * into text, the engine's fact extraction, and writing the facts as JSONL, CSV or XLSX; a park's imported bulletins
 * with their facts and reviews (its own tables, audited), and the peer table of published figures beside the park's
 * own registry figures.
 */
@ApplicationModule(allowedDependencies = {"shared", "spreadsheet", "registry", "security", "audit", "overview"})
package org.innopark.app.bulletin;

import org.springframework.modulith.ApplicationModule;
