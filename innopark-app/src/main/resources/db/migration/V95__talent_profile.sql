-- 人才档案 (issue 18, talents): what the 人才办 records about each person beyond the registry's 人才 entries. The
-- registry's `talent` has one row per person AND programme (its key includes the programme), and people without any
-- programme (a platform's researchers, the bulletins' "10个科创平台已集聚人才1030人") are not in it; so the person's own
-- facts live here, once, keyed like a person of `talent` (park, name, employer), and the programmes stay in `talent`.
-- No foreign key to the registry, so that a re-import of either side does not fail. Portable SQL for H2 and PostgreSQL.
CREATE TABLE talent_profile (
    park_code              VARCHAR(32)  NOT NULL,
    name                   VARCHAR(50)  NOT NULL,
    employer_credit_code   CHAR(18)     NOT NULL,
    education              VARCHAR(16),
    platform_name          VARCHAR(200),
    title                  VARCHAR(50),
    field                  VARCHAR(100),
    arrived_on             DATE,
    returnee               BOOLEAN      DEFAULT FALSE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, name, employer_credit_code)
);

CREATE INDEX talent_profile_employer ON talent_profile (employer_credit_code);
