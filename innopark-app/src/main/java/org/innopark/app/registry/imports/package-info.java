/**
 * 导入导出: importing registry tables from Excel and CSV files (validated all or nothing, every error reported with
 * sheet, row and column), exporting them to Excel, and the downloadable templates; and the same reader, checks,
 * error report and templates for an analyst's input files ({@link org.innopark.app.registry.imports.AnalystSheet}). A
 * named interface of the registry: the console and the command line use it.
 */
@NamedInterface("imports")
package org.innopark.app.registry.imports;

import org.springframework.modulith.NamedInterface;
