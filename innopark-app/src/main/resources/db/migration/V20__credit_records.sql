-- 信用与合规记录 (issue 13): the park's own register of credit and compliance records per enterprise, the park's
-- declarations of which record types it keeps complete and over which period, and the assessments only experts
-- make (高企's sub-scores), declared per enterprise and year with who and when. Portable SQL for H2 and PostgreSQL.

CREATE TABLE credit_record (
    credit_code      CHAR(18)     NOT NULL REFERENCES enterprise (credit_code),
    record_type      VARCHAR(32)  NOT NULL,
    reference_no     VARCHAR(64)  NOT NULL,
    record_date      DATE         NOT NULL,
    removed_on       DATE,
    reason           VARCHAR(40),
    category         VARCHAR(100),
    amount           NUMERIC(20,2),
    incident_level   VARCHAR(16),
    authority        VARCHAR(200),
    source           VARCHAR(200) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, record_type, reference_no)
);

CREATE TABLE credit_coverage (
    park_code        VARCHAR(32)  NOT NULL REFERENCES park (code),
    record_type      VARCHAR(32)  NOT NULL,
    complete_since   DATE         NOT NULL,
    complete_through DATE         NOT NULL,
    source           VARCHAR(200) NOT NULL,
    declared_by      VARCHAR(100),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, record_type)
);

CREATE TABLE declared_fact (
    credit_code      CHAR(18)     NOT NULL REFERENCES enterprise (credit_code),
    report_year      INTEGER      NOT NULL,
    fact_id          VARCHAR(64)  NOT NULL,
    fact_value       VARCHAR(64)  NOT NULL,
    declared_by      VARCHAR(100) NOT NULL,
    declared_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, report_year, fact_id)
);
