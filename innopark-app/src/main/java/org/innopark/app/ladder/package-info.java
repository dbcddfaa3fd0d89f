/**
 * 梯度培育: assesses a park's enterprises against the qualification schemes of the cultivation ladder, from the
 * registry (bulk-loaded per park, within the reader's scope) or from an analyst's spreadsheet, and exports the
 * verdicts.
 */
package org.innopark.app.ladder;
