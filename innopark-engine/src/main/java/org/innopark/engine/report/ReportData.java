package org.innopark.engine.report;

import java.time.LocalDate;
import java.util.List;

/** What a report is written from: one park's figures by indicator and year, and its named lists. */
public interface ReportData {

    /** The park's name as the report writes it (e.g. 长春高新技术产业开发区). */
    String parkName();

    /** The report's year. */
    int year();

    /**
     * The months of the report year a monthly report covers, as written ({@code 1—10月}), or "" when the report reads
     * no monthly figures; the {@code {months}} placeholder.
     */
    default String months() {
        return "";
    }

    /**
     * What a report of one subject is of, as written (光伏产业链 for a chain's navigation), or "" when the report
     * covers the whole park; the {@code {subject}} placeholder.
     */
    default String subject() {
        return "";
    }

    /** The date of the data (the registry's state the report was read from). */
    LocalDate dataDate();

    /** The indicator's figures for each year of {@code from}..{@code to}, oldest first, one per year (missing ones say why). */
    List<Figure> figures(String indicator, int from, int to);

    /** A named list. */
    Dataset dataset(String name);
}
