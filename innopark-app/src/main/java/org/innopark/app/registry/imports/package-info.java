/**
 * 导入导出: importing registry tables from Excel and CSV files (validated all or nothing, every error reported with
 * sheet, row and column), exporting them to Excel, and the downloadable templates.
 */
package org.innopark.app.registry.imports;
