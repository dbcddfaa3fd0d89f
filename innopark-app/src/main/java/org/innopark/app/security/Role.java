package org.innopark.app.security;

/** The roles of the platform. Every role but the system administrator is bound to one park. */
public enum Role {
    /** 系统管理员: all parks. */
    SYSTEM_ADMIN,
    /** 园区管理员: one park, may change its data and accounts. */
    PARK_ADMIN,
    /** 园区分析员: one park, reads and imports. */
    PARK_ANALYST,
    /** 企业用户: its own enterprise only. */
    ENTERPRISE,
    /** 银行用户: the points list of the consenting enterprises of one park. */
    BANK;

    public String authority() {
        return "ROLE_" + name();
    }
}
