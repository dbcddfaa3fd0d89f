package org.innopark.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

class ClosedDatabaseEvictionTests {

    final ClosedDatabaseEviction eviction = new ClosedDatabaseEviction();

    @Test
    void aConnectionToAClosedEmbeddedDatabaseIsDropped() {
        assertThat(eviction.adjudicate(new SQLException("closed", "90098", ErrorCode.DATABASE_IS_CLOSED)))
                .isEqualTo(Override.MUST_EVICT);
        assertThat(eviction.adjudicate(new SQLException("io", "90028", ErrorCode.IO_EXCEPTION_1)))
                .isEqualTo(Override.MUST_EVICT);
        SQLException wrapped = new SQLException("batch", "HY000", 0);
        wrapped.initCause(new SQLException("closed", "90098", ErrorCode.DATABASE_IS_CLOSED));
        assertThat(eviction.adjudicate(wrapped)).isEqualTo(Override.MUST_EVICT);
    }

    @Test
    void anOrdinaryErrorLeavesThePoolsOwnJudgement() {
        assertThat(eviction.adjudicate(new SQLException("dup", "23505", ErrorCode.DUPLICATE_KEY_1)))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(eviction.adjudicate(new SQLException("syntax", "42000", ErrorCode.SYNTAX_ERROR_1)))
                .isEqualTo(Override.CONTINUE_EVICT);
    }
}
