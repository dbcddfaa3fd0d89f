-- The national candidate pool (全国候选企业库): enterprises outside the parks' registries, never counted in a park's
-- figures; their expansion signals; the analysts' decisions on enterprise → chain-node mappings.
CREATE TABLE chain_pool_firm (
    credit_code         CHAR(18)       NOT NULL PRIMARY KEY,
    name                VARCHAR(200)   NOT NULL,
    industry_code       VARCHAR(4),
    city                VARCHAR(30),
    registration_date   DATE,
    registered_capital  DECIMAL(20, 2),
    revenue             DECIMAL(20, 2),
    growth              DECIMAL(8, 4),
    employees           INTEGER,
    high_tech           BOOLEAN        DEFAULT FALSE NOT NULL,
    srdi                BOOLEAN        DEFAULT FALSE NOT NULL,
    little_giant        BOOLEAN        DEFAULT FALSE NOT NULL,
    bad_list            BOOLEAN        DEFAULT FALSE NOT NULL,
    main_products       VARCHAR(500),
    business_scope      VARCHAR(4000),
    product_terms       VARCHAR(2000),
    moved_to_park       VARCHAR(32),
    moved_on            DATE,
    source              VARCHAR(200)
);

CREATE TABLE chain_pool_signal (
    credit_code  CHAR(18)     NOT NULL,
    signal_type  VARCHAR(16)  NOT NULL,
    signal_date  DATE         NOT NULL,
    seq          INTEGER      NOT NULL,
    PRIMARY KEY (credit_code, signal_type, signal_date, seq),
    FOREIGN KEY (credit_code) REFERENCES chain_pool_firm (credit_code) ON DELETE CASCADE
);

CREATE TABLE chain_mapping_decision (
    park_code    VARCHAR(32)   NOT NULL,
    credit_code  CHAR(18)      NOT NULL,
    chain_id     VARCHAR(64)   NOT NULL,
    node_id      VARCHAR(64)   NOT NULL,
    verb         VARCHAR(16)   NOT NULL,
    note         VARCHAR(500),
    decided_by   VARCHAR(100)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (credit_code, chain_id, node_id)
);
