-- 技术合同登记: the fields of the registration form (技术合同登记表) beyond the facts the registry keeps in tech_contract
-- (parties, the registry's contract class, 成交额, 登记日期). One row per registered contract, keyed by its 登记编号;
-- the registry stays the one truth for the shared facts, this table holds only what technology transfer adds.
-- Money in yuan, exact to the fen; region codes are GB/T 2260 行政区划代码.
CREATE TABLE transfer_contract (
    registration_no     VARCHAR(64)     PRIMARY KEY,
    park_code           VARCHAR(32)     NOT NULL,
    project_name        VARCHAR(200),
    type_code           VARCHAR(16)     NOT NULL,
    technology_amount   NUMERIC(20, 2)  NOT NULL,
    field               VARCHAR(40)     NOT NULL,
    ip_type             VARCHAR(40)     NOT NULL,
    seller_region       CHAR(6)         NOT NULL,
    buyer_region        CHAR(6)         NOT NULL,
    registration_body   VARCHAR(200),
    updated_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX transfer_contract_park ON transfer_contract (park_code);
