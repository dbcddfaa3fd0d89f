/**
 * 科技成果转化: technology transfer. Research results (科技成果), experts (专家), research instruments (科研仪器设备) and
 * enterprises' technology demands (企业技术需求): the registry of them ({@code TransferRegistry}, a park's own objects
 * and the ones other parks share), their imports, the matching index on disk ({@code TransferSearch}) over the engine's
 * hybrid Chinese matcher ({@code org.innopark.engine.transfer}) in both directions; and the analyst's files of the
 * standalone {@code transfer match} and {@code transfer eval} commands, read through the import's reader, and the match
 * file written. 技术合同登记 ({@code TransferContracts}): the registration form's fields beside the registry's facts of a
 * contract, their import and the 输出/吸纳 statistics. An enterprise's own user ({@code EnterpriseTransfer}) posts,
 * edits and closes its enterprise's demands and sees their matches, and expresses and withdraws its own intents on the
 * listing board through the listing flow's moves. The index is marked stale when the operations' {@code db restore}
 * replaced the database.
 */
@ApplicationModule(
        allowedDependencies = {"registry", "registry :: imports", "spreadsheet", "security", "audit", "operations"})
package org.innopark.app.transfer;

import org.springframework.modulith.ApplicationModule;
