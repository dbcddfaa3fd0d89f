-- 企业授权: an enterprise's consent to share its innovation points with banks (创新积分贷). Portable SQL (H2 + PostgreSQL).
-- A revoked consent keeps its row (revoked_on set) so that who consented when stays on record.
CREATE TABLE points_consent (
    credit_code    CHAR(18)     PRIMARY KEY REFERENCES enterprise (credit_code) ON DELETE CASCADE,
    consented_on   DATE         NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    revoked_on     DATE,
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
