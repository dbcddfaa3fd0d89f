/**
 * 导入导出: importing registry tables from Excel and CSV files (validated all or nothing, every error reported with
 * sheet, row and column), exporting them to Excel, and the downloadable templates; and the same reader, checks,
 * error report and templates for an analyst's input files ({@link org.innopark.app.registry.imports.AnalystSheet}).
 */
package org.innopark.app.registry.imports;
