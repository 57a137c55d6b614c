package org.promisetracker.command.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.promisetracker.api.rules.CommandRejected;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlanDirectory implements PlanDirectory {

    private final JdbcClient jdbc;
    /**
     * A plan's dates never change once recorded (only PlanCreated sets them), and every dated command
     * checks them: remember those read. Only committed rows are found here: the one command that
     * inserts a plan's row (CreatePlan) never asks for its dates.
     */
    private final Cache<String, PlanDates> planDates =
            Caffeine.newBuilder().maximumSize(10_000).build();

    JdbcPlanDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(String id) {
        return jdbc.sql("SELECT id, kind, plan_id FROM plan_directory WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Entry(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    @Override
    public Optional<PlanDates> planDates(String planId) {
        PlanDates known = planDates.getIfPresent(planId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PlanDates> read = jdbc.sql(
                        "SELECT plan_start, plan_end FROM plan_directory WHERE id = ? AND kind = 'PLAN'")
                .param(planId)
                .query((rs, row) ->
                        new PlanDates(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()))
                .optional();
        read.ifPresent(dates -> planDates.put(planId, dates));
        return read;
    }

    @Override
    public boolean isKeyTaken(String planId, Kind kind, String key) {
        return jdbc.sql("SELECT count(*) FROM plan_directory WHERE plan_id = ? AND kind = ? AND unique_key = ?")
                        .params(planId, kind.name(), key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<RoundSignOff> round(String roundId) {
        return jdbc.sql("SELECT plan_id, report_date, signed_off_by, signed_off_at FROM plan_round WHERE round_id = ?")
                .param(roundId)
                .query((rs, row) -> new RoundSignOff(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void addRound(String roundId, String planId, LocalDate reportDate) {
        add(roundId, Kind.ROUND, planId, null);
        jdbc.sql("INSERT INTO plan_round (round_id, plan_id, report_date) VALUES (?, ?, ?)")
                .params(roundId, planId, reportDate)
                .update();
    }

    void signOffRound(String roundId, String by, Instant at) {
        jdbc.sql("UPDATE plan_round SET signed_off_by = ?, signed_off_at = ? WHERE round_id = ?")
                .params(by, java.sql.Timestamp.from(at), roundId)
                .update();
    }

    @Override
    public Optional<LatestReport> latestReport(String planId) {
        return jdbc.sql("SELECT report_id, committee, report_date FROM plan_latest_report WHERE plan_id = ?")
                .param(planId)
                .query((rs, row) -> new LatestReport(
                        rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
                .optional();
    }

    /** The latest by report date locks; of two with the same date, the one published later. */
    void reportPublished(String planId, String reportId, String committee, LocalDate reportDate) {
        jdbc.sql("""
                        INSERT INTO plan_latest_report (plan_id, report_id, committee, report_date)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (plan_id) DO UPDATE
                        SET report_id = EXCLUDED.report_id, committee = EXCLUDED.committee,
                            report_date = EXCLUDED.report_date
                        WHERE EXCLUDED.report_date >= plan_latest_report.report_date
                        """).params(planId, reportId, committee, reportDate).update();
    }

    void add(String id, Kind kind, String planId, String key) {
        insert(jdbc.sql("INSERT INTO plan_directory (id, kind, plan_id, unique_key) VALUES (?, ?, ?, ?)")
                .params(id, kind.name(), planId, key));
    }

    void addPlan(String planId, LocalDate start, LocalDate end) {
        insert(jdbc.sql(
                        "INSERT INTO plan_directory (id, kind, plan_id, plan_start, plan_end) VALUES (?, 'PLAN', ?, ?, ?)")
                .params(planId, planId, start, end));
    }

    /**
     * The key constraints are the final arbiter when two commands race past the aggregates' checks:
     * the loser is refused as a conflict, a refusal that crosses Axon Server with its details (the
     * database's own exception would arrive as a bare 500).
     */
    private static void insert(JdbcClient.StatementSpec insert) {
        try {
            insert.update();
        } catch (DuplicateKeyException e) {
            throw CommandRejected.conflict(
                    "Someone else changed this at the same moment, or the id is already in use. Reload and try again.");
        }
    }
}
