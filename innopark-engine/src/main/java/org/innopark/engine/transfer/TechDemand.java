package org.innopark.engine.transfer;

import java.util.Objects;

/** 企业技术需求: an enterprise's technology demand as the enterprise wrote it. */
public record TechDemand(String id, String title, String description, String enterprise, String industry) {

    public TechDemand {
        Objects.requireNonNull(id);
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        enterprise = enterprise == null ? "" : enterprise.strip();
        industry = industry == null ? "" : industry.strip();
    }

    /** The text a query is made of: the title, then the description. */
    public String text() {
        return title.isEmpty() ? description : title + "。" + description;
    }
}
