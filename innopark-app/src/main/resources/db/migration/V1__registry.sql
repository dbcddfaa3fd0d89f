-- InnoPark registry, version 1. One history for H2 (PostgreSQL mode) and PostgreSQL: portable SQL only.
-- Money is exact: NUMERIC(20,2) in yuan (元), converted on import from the unit each file declares.

CREATE TABLE park (
    code            VARCHAR(32)  PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    region_code     CHAR(6)      NOT NULL,
    province        VARCHAR(30),
    city            VARCHAR(30),
    approved_year   INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE sub_park (
    code            VARCHAR(32)  PRIMARY KEY,
    park_code       VARCHAR(32)  NOT NULL REFERENCES park (code),
    name            VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX sub_park_park ON sub_park (park_code);

CREATE TABLE enterprise (
    credit_code        CHAR(18)     PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    registration_date  DATE,
    region_code        CHAR(6),
    industry_code      VARCHAR(4),
    high_tech_field    VARCHAR(32),
    park_code          VARCHAR(32)  NOT NULL REFERENCES park (code),
    sub_park_code      VARCHAR(32)  REFERENCES sub_park (code),
    listing_board      VARCHAR(16)  DEFAULT 'UNLISTED' NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX enterprise_park ON enterprise (park_code);
CREATE INDEX enterprise_name ON enterprise (name);

-- 企业年报 at Torch-survey granularity; a figure not reported is NULL, never 0.
CREATE TABLE annual_report (
    credit_code              CHAR(18) NOT NULL REFERENCES enterprise (credit_code),
    report_year              INTEGER  NOT NULL,
    employees                BIGINT,
    st_staff                 BIGINT,
    rd_staff                 BIGINT,
    postgrad_staff           BIGINT,
    fresh_graduates          BIGINT,
    operating_revenue        NUMERIC(20,2),
    main_business_revenue    NUMERIC(20,2),
    high_tech_revenue        NUMERIC(20,2),
    total_cost               NUMERIC(20,2),
    rd_expense               NUMERIC(20,2),
    rd_expense_domestic      NUMERIC(20,2),
    net_profit               NUMERIC(20,2),
    net_assets               NUMERIC(20,2),
    total_assets             NUMERIC(20,2),
    total_liabilities        NUMERIC(20,2),
    taxes_paid               NUMERIC(20,2),
    rd_tax_relief            NUMERIC(20,2),
    exports                  NUMERIC(20,2),
    invention_applications   BIGINT,
    invention_grants         BIGINT,
    pct_applications         BIGINT,
    ip_class1                BIGINT,
    ip_class2                BIGINT,
    tech_contract_turnover   NUMERIC(20,2),
    venture_capital          NUMERIC(20,2),
    equity_financing         NUMERIC(20,2),
    platforms_provincial     BIGINT,
    awards_provincial        BIGINT,
    standards_led            BIGINT,
    updated_at               TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, report_year)
);
CREATE INDEX annual_report_year ON annual_report (report_year);

CREATE TABLE qualification (
    credit_code        CHAR(18)    NOT NULL REFERENCES enterprise (credit_code),
    qualification_type VARCHAR(16) NOT NULL,
    granted_on         DATE        NOT NULL,
    level              VARCHAR(16),
    certificate_no     VARCHAR(64),
    expires_on         DATE,
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, qualification_type, granted_on)
);
CREATE INDEX qualification_type ON qualification (qualification_type, expires_on);

CREATE TABLE innovation_platform (
    park_code          VARCHAR(32)  NOT NULL REFERENCES park (code),
    name               VARCHAR(200) NOT NULL,
    platform_type      VARCHAR(40)  NOT NULL,
    level              VARCHAR(16)  NOT NULL,
    host_credit_code   CHAR(18),
    host_name          VARCHAR(200),
    approved_year      INTEGER,
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, name)
);

CREATE TABLE carrier (
    park_code              VARCHAR(32)  NOT NULL REFERENCES park (code),
    name                   VARCHAR(200) NOT NULL,
    carrier_type           VARCHAR(32)  NOT NULL,
    level                  VARCHAR(16)  NOT NULL,
    operator_credit_code   CHAR(18),
    area_m2                NUMERIC(14,2),
    incubating             INTEGER,
    graduated              INTEGER,
    stats_year             INTEGER,
    updated_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, name)
);

CREATE TABLE talent (
    park_code              VARCHAR(32)  NOT NULL REFERENCES park (code),
    name                   VARCHAR(50)  NOT NULL,
    programme              VARCHAR(100) NOT NULL,
    level                  VARCHAR(16)  NOT NULL,
    employer_credit_code   CHAR(18)     NOT NULL,
    field                  VARCHAR(100),
    selected_year          INTEGER,
    updated_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, name, programme, employer_credit_code)
);

CREATE TABLE attraction_project (
    project_no             VARCHAR(64)  PRIMARY KEY,
    park_code              VARCHAR(32)  NOT NULL REFERENCES park (code),
    name                   VARCHAR(200) NOT NULL,
    investor_name          VARCHAR(200),
    investor_credit_code   CHAR(18),
    source_region_code     CHAR(6),
    industry_code          VARCHAR(4),
    contracted_amount      NUMERIC(20,2),
    stage                  VARCHAR(24)  NOT NULL,
    lead_date              DATE,
    signed_date            DATE,
    production_date        DATE,
    updated_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX attraction_project_park ON attraction_project (park_code);

CREATE TABLE tech_contract (
    registration_no        VARCHAR(64)  PRIMARY KEY,
    park_code              VARCHAR(32)  NOT NULL REFERENCES park (code),
    seller_credit_code     CHAR(18),
    seller_name            VARCHAR(200) NOT NULL,
    buyer_credit_code      CHAR(18),
    buyer_name             VARCHAR(200) NOT NULL,
    contract_type          VARCHAR(16)  NOT NULL,
    amount                 NUMERIC(20,2) NOT NULL,
    registration_date      DATE         NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX tech_contract_park ON tech_contract (park_code, registration_date);

-- Every import attempt, accepted or rejected: who, when, which file (SHA-256), how many rows.
CREATE TABLE import_record (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    table_name         VARCHAR(40)  NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    file_sha256        CHAR(64)     NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count          INTEGER      NOT NULL,
    inserted_count     INTEGER      NOT NULL,
    updated_count      INTEGER      NOT NULL,
    unchanged_count    INTEGER      NOT NULL,
    error_count        INTEGER      NOT NULL,
    status             VARCHAR(16)  NOT NULL
);

CREATE TABLE app_user (
    username               VARCHAR(64)  PRIMARY KEY,
    password_hash          VARCHAR(255) NOT NULL,
    role                   VARCHAR(32)  NOT NULL,
    park_code              VARCHAR(32)  REFERENCES park (code),
    credit_code            CHAR(18),
    enabled                BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_attempts        INTEGER      DEFAULT 0 NOT NULL,
    locked_until           TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
