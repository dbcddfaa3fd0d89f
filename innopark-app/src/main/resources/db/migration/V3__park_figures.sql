-- Park-level figures (园区级指标) imported for composite indices: what the registry cannot compute from enterprise
-- annual reports (area, energy per value added, R&D institutions, ...). One value per park, key and year.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL. The value column is figure_value: VALUE is a keyword in H2.
-- A park's figures go with the park (ON DELETE CASCADE).

CREATE TABLE park_figure (
    park_code      VARCHAR(32)    NOT NULL REFERENCES park (code) ON DELETE CASCADE,
    figure_key     VARCHAR(64)    NOT NULL,
    figure_year    INTEGER        NOT NULL,
    figure_value   NUMERIC(24,6)  NOT NULL,
    source         VARCHAR(200),
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (park_code, figure_key, figure_year)
);
CREATE INDEX park_figure_year ON park_figure (figure_year);
