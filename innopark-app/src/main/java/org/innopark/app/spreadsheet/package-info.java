/**
 * Writing text into the spreadsheets the platform hands out so that no cell can turn into a formula. A shared module
 * (every feature that writes a workbook uses it); it depends on nothing of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.innopark.app.spreadsheet;

import org.springframework.modulith.ApplicationModule;
