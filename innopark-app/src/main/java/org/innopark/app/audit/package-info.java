/**
 * 审计日志: who changed what, when, with the record before and after, written in the same transaction as the change
 * and shown alongside the whole-file imports of {@code import_record}.
 */
package org.innopark.app.audit;
