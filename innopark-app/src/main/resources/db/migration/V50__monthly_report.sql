-- 月度报表 (issue 17): an enterprise's figures for one month, imported with the registry's import (template 月度报表)
-- or entered by the enterprise. The row belongs to a park through its enterprise, as the annual report does. Money in
-- yuan to the fen (the template's 万元 converted exactly), electricity in kWh with two decimals, headcount whole.
-- period is YYYY-MM. Portable SQL for H2 and PostgreSQL.
CREATE TABLE monthly_report (
    credit_code       CHAR(18)      NOT NULL REFERENCES enterprise (credit_code),
    period            CHAR(7)       NOT NULL,
    revenue           NUMERIC(20,2),
    taxes_paid        NUMERIC(20,2),
    insured_staff     BIGINT,
    electricity_kwh   NUMERIC(20,2),
    industrial_output NUMERIC(20,2),
    exports           NUMERIC(20,2),
    rd_expense        NUMERIC(20,2),
    updated_at        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, period)
);

CREATE INDEX monthly_report_period ON monthly_report (period);
