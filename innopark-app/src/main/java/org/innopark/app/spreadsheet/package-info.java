/** Writing text into the spreadsheets the platform hands out so that no cell can turn into a formula. */
package org.innopark.app.spreadsheet;
