-- Technology transfer (科技成果转化): research results, experts and instruments registered by a park (shared with the
-- other parks when the owner chooses), and the park's enterprises' technology demands (never shared). Money in yuan,
-- exact to the fen.
CREATE TABLE transfer_result (
    park_code        VARCHAR(32)     NOT NULL,
    registration_no  VARCHAR(40)     NOT NULL,
    name             VARCHAR(200)    NOT NULL,
    summary          VARCHAR(4000)   NOT NULL,
    keywords         VARCHAR(200),
    attribute        VARCHAR(40),
    form             VARCHAR(40),
    achievement_level VARCHAR(40),
    stage            VARCHAR(40)     NOT NULL,
    holder           VARCHAR(200)    NOT NULL,
    field            VARCHAR(100)    NOT NULL,
    transfer_mode    VARCHAR(40),
    asking_price     DECIMAL(20, 2),
    shared           BOOLEAN         DEFAULT FALSE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, registration_no)
);

CREATE TABLE transfer_expert (
    park_code     VARCHAR(32)     NOT NULL,
    expert_id     VARCHAR(40)     NOT NULL,
    name          VARCHAR(100)    NOT NULL,
    unit          VARCHAR(200)    NOT NULL,
    title         VARCHAR(100),
    direction     VARCHAR(1000)   NOT NULL,
    achievements  VARCHAR(4000),
    shared        BOOLEAN         DEFAULT FALSE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, expert_id)
);

CREATE TABLE transfer_instrument (
    park_code       VARCHAR(32)     NOT NULL,
    instrument_id   VARCHAR(40)     NOT NULL,
    name            VARCHAR(200)    NOT NULL,
    category        VARCHAR(40)     NOT NULL,
    functions       VARCHAR(2000)   NOT NULL,
    specifications  VARCHAR(2000),
    owner           VARCHAR(200)    NOT NULL,
    open_sharing    BOOLEAN         DEFAULT FALSE NOT NULL,
    charges         VARCHAR(500),
    shared          BOOLEAN         DEFAULT FALSE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, instrument_id)
);

CREATE TABLE transfer_demand (
    park_code     VARCHAR(32)     NOT NULL,
    demand_id     VARCHAR(40)     NOT NULL,
    name          VARCHAR(200)    NOT NULL,
    description   VARCHAR(4000)   NOT NULL,
    credit_code   CHAR(18)        NOT NULL,
    enterprise    VARCHAR(200)    NOT NULL,
    industry      VARCHAR(100),
    budget        DECIMAL(20, 2),
    cooperation   VARCHAR(40),
    deadline      DATE,
    updated_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, demand_id)
);

CREATE INDEX transfer_result_shared ON transfer_result (shared);
CREATE INDEX transfer_expert_shared ON transfer_expert (shared);
CREATE INDEX transfer_instrument_shared ON transfer_instrument (shared);
CREATE INDEX transfer_demand_enterprise ON transfer_demand (credit_code);
