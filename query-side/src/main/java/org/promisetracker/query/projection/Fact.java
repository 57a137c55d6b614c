package org.promisetracker.query.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.promisetracker.query.readmodel.FactKind;

/** The columns of one fact row; a small builder, as each kind fills different ones. */
final class Fact {
    final String planId;
    final String subjectId;
    final FactKind kind;
    final LocalDate effectiveDate;
    String status;
    String rag;
    String measurementId;
    BigDecimal value;
    String evidence;
    String source;
    String text;
    String supersededBy;
    String lateReason;

    Fact(String planId, String subjectId, FactKind kind, LocalDate effectiveDate) {
        this.planId = planId;
        this.subjectId = subjectId;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
    }

    Fact status(String status) {
        this.status = status;
        return this;
    }

    Fact rag(String rag) {
        this.rag = rag;
        return this;
    }

    Fact measurement(String measurementId, BigDecimal value, String evidence, String source) {
        this.measurementId = measurementId;
        this.value = value;
        this.evidence = evidence;
        this.source = source;
        return this;
    }

    Fact text(String text) {
        this.text = text;
        return this;
    }

    Fact supersededBy(String supersededBy) {
        this.supersededBy = supersededBy;
        return this;
    }

    Fact lateReason(String lateReason) {
        this.lateReason = lateReason;
        return this;
    }
}
