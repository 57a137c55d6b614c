package org.promisetracker.query.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.promisetracker.query.asat.KnownAt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Frozen reports as stored: never recomputed, only read. */
@Component
public class StoredReports {

    /**
     * {@code excludedPositions}: positions below the report's that were still open when it was
     * frozen, so none of their events is in it (see {@link ReportFreezer}). {@code chainOrdinal} and
     * {@code chainHash}: the plan's chain head at the report (none where the log is in Axon Server).
     */
    public record Stored(
            String reportId,
            String planId,
            Instant publishedAt,
            String publishedBy,
            long position,
            String canonicalJson,
            String sha256,
            Set<Long> excludedPositions,
            Long chainOrdinal,
            byte[] chainHash) {

        /** The frozen snapshot, parsed once per content: the hash names the content, which never changes. */
        public ReportSnapshot snapshot() {
            return PARSED.get(sha256, hash -> CanonicalJson.read(canonicalJson, ReportSnapshot.class));
        }
    }

    private static final Cache<String, ReportSnapshot> PARSED =
            Caffeine.newBuilder().maximumSize(1_000).build();

    private final JdbcClient jdbc;

    StoredReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(String schema, String reportId) {
        return jdbc.sql(SELECT.formatted(schema) + " WHERE report_id = ?")
                .param(reportId)
                .query(this::row)
                .optional();
    }

    public List<Stored> ofPlan(String schema, String planId) {
        return jdbc.sql(SELECT.formatted(schema) + " WHERE plan_id = ? ORDER BY published_at DESC, position DESC")
                .param(planId)
                .query(this::row)
                .list();
    }

    /** The plan's latest report published at or before {@code knownAt}. */
    public Optional<Stored> latest(String schema, String planId, Instant knownAt) {
        return jdbc.sql(SELECT.formatted(schema) + " WHERE plan_id = ? AND published_at <= ? "
                        + "ORDER BY published_at DESC, position DESC LIMIT 1")
                .params(planId, KnownAt.bind(knownAt))
                .query(this::row)
                .optional();
    }

    /** The reports whose SHA-256 begins with {@code digits} (16 or 64 lower-case hex digits), of one plan if given. */
    public List<Stored> byFingerprint(String schema, String digits, String planId) {
        return jdbc.sql(SELECT.formatted(schema) + " WHERE left(sha256, 16) = ? AND starts_with(sha256, ?)"
                        + (planId == null ? "" : " AND plan_id = ?")
                        + " ORDER BY published_at, report_id")
                .params(
                        planId == null
                                ? List.of(digits.substring(0, 16), digits)
                                : List.of(digits.substring(0, 16), digits, planId))
                .query(this::row)
                .list();
    }

    private static final String SELECT =
            "SELECT report_id, plan_id, published_at, published_by, position, canonical_json, "
                    + "sha256, excluded_positions, chain_ordinal, chain_hash FROM %s.report";

    private Stored row(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getString(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7).trim(),
                positions(rs.getArray(8)),
                rs.getObject(9, Long.class),
                rs.getBytes(10));
    }

    private static Set<Long> positions(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        try {
            return Set.of((Long[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
