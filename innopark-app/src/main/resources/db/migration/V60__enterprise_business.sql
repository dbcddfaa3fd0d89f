-- 主营产品, 经营范围, 入驻日期 and 迁出日期 of an enterprise: the industry-chain mapping reads the texts, the chain
-- back-test freezes a park at a day by the dates.
ALTER TABLE enterprise ADD COLUMN main_products VARCHAR(500);
ALTER TABLE enterprise ADD COLUMN business_scope VARCHAR(4000);
ALTER TABLE enterprise ADD COLUMN arrived_on DATE;
ALTER TABLE enterprise ADD COLUMN departed_on DATE;
