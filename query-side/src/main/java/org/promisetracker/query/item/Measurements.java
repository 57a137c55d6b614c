package org.promisetracker.query.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.promisetracker.api.view.BenefitDetail.Measurement;
import org.promisetracker.query.asat.KnownAt;
import org.promisetracker.query.readmodel.FactKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A benefit's measurements as they read as known at an instant, whatever their effective dates: each
 * recorded measurement replaced whole by its latest correction known then. Ordered by effective
 * date, measurements of the same date in the order they were first recorded.
 */
@Component
class Measurements {

    private final JdbcClient jdbc;

    Measurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Measurement> asKnownAt(String schema, String benefitId, Instant knownAt) {
        Map<String, Measurement> byId = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT kind, measurement_id, effective_date, value, evidence, source FROM %1$s.fact
                WHERE subject_id = ? AND kind IN ('MEASUREMENT', 'CORRECTION') AND recorded_at <= ?
                ORDER BY position
                """.formatted(schema)).params(benefitId, KnownAt.bind(knownAt)).query(rs -> {
            String measurementId = rs.getString("measurement_id");
            Measurement before = byId.get(measurementId);
            String source = rs.getString("source");
            byId.put(
                    measurementId,
                    new Measurement(
                            measurementId,
                            rs.getDate("effective_date").toLocalDate(),
                            rs.getBigDecimal("value"),
                            rs.getString("evidence"),
                            source != null ? source : before == null ? null : before.source(),
                            FactKind.of(rs.getString("kind")) == FactKind.CORRECTION));
        });
        List<Measurement> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Measurement::effectiveDate));
        return list;
    }
}
