package org.innopark.engine.ladder;

/** A derived quantity of a scheme (a ratio, a multi-year sum, a growth rate), evaluated once per assessment. */
record Quantity(String id, Label name, Unit unit, Expr expr, int index) {}
