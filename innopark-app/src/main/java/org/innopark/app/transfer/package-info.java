/**
 * 科技成果转化: technology transfer. Research results (科技成果), experts (专家), research instruments (科研仪器设备) and
 * enterprises' technology demands (企业技术需求), matched in both directions by the engine's hybrid Chinese matcher
 * ({@code org.innopark.engine.transfer}); the analyst's files of the standalone {@code transfer match} and
 * {@code transfer eval} commands, read through the import's reader, and the match file written.
 */
@ApplicationModule(allowedDependencies = {"registry :: imports", "spreadsheet"})
package org.innopark.app.transfer;

import org.springframework.modulith.ApplicationModule;
