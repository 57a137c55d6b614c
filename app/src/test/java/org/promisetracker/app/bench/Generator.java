package org.promisetracker.app.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;

/**
 * The national data set, deterministic by seed: for each plan, its areas, actions (status changes
 * every few months, a completion reopened with a comment now and then, the last action superseded by
 * the first, a yearly note) and benefits (a measurement and a RAG assessment every month from the
 * plan's start to yesterday, every 24th measurement corrected), and one report published half way
 * through the plan's benefits. Ids are name-based UUIDs of the seed, so a seed always gives the very
 * same commands. Only valid commands: every effective date lies between the plan's start and today.
 */
final class Generator {

    static final int AREAS = 5;

    /** One plan's commands in the order they must be sent, and what the benchmark needs to know about them. */
    record PlanScript(
            String planId,
            List<Object> commands,
            int reportIndex,
            String reportId,
            LocalDate reportDate,
            List<String> benefitIds,
            LocalDate start) {

        /** What the phases after the load need, without the commands themselves. */
        PlanScript withoutCommands() {
            return new PlanScript(planId, List.of(), reportIndex, reportId, reportDate, benefitIds, start);
        }
    }

    private final long seed;
    private final int actions;
    private final int benefits;
    private final int years;
    private final LocalDate today;

    Generator(long seed, int actions, int benefits, int years, LocalDate today) {
        this.seed = seed;
        this.actions = actions;
        this.benefits = benefits;
        this.years = years;
        this.today = today;
    }

    String id(String... parts) {
        return UUID.nameUUIDFromBytes((seed + ":" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    PlanScript plan(int p) {
        Random random = new Random(seed * 1_000_003L + p);
        String planId = id("plan", "" + p);
        LocalDate start = today.minusYears(years).withDayOfMonth(1);
        LocalDate lastDay = today.minusDays(1);
        List<Object> commands = new ArrayList<>();
        commands.add(new CreatePlan(
                planId,
                "Corporate Parenting Plan " + p + " (benchmark seed " + seed + ")",
                "Council " + p,
                start,
                today.plusYears(3),
                "Improvement area"));
        List<String> areaIds = new ArrayList<>();
        for (int a = 1; a <= AREAS; a++) {
            String areaId = id("area", "" + p, "" + a);
            areaIds.add(areaId);
            commands.add(new AddArea(planId, areaId, a, "Improvement area " + a));
        }
        List<String> actionIds = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            actionIds.add(id("action", "" + p, "" + a));
        }
        for (int a = 0; a < actions; a++) {
            String actionId = actionIds.get(a);
            LocalDate due = start.plusMonths(6 + random.nextInt(Math.max(1, years * 12)));
            commands.add(new AddAction(
                    actionId,
                    planId,
                    areaIds.get(a % AREAS),
                    "A" + (a + 1),
                    "Benchmark action " + (a + 1),
                    "Corporate Parenting Lead Officer",
                    due,
                    null,
                    start,
                    List.of(),
                    null));
        }
        for (int a = 0; a < actions; a++) {
            String actionId = actionIds.get(a);
            boolean superseded = actions > 1 && a == actions - 1;
            LocalDate date = start.plusMonths(1 + random.nextInt(6));
            ActionStatus status = ActionStatus.NOT_STARTED;
            int year = 0;
            while (date.isBefore(lastDay)) {
                ActionStatus next = switch (status) {
                    case NOT_STARTED -> ActionStatus.PROGRESSING;
                    case PROGRESSING -> random.nextInt(3) == 0 ? ActionStatus.COMPLETED : ActionStatus.ON_TARGET;
                    case ON_TARGET -> random.nextInt(2) == 0 ? ActionStatus.COMPLETED : ActionStatus.PROGRESSING;
                    case COMPLETED -> random.nextInt(2) == 0 ? ActionStatus.PROGRESSING : null;
                    case SUPERSEDED -> null;
                };
                if (next != null) {
                    String comment = status == ActionStatus.COMPLETED
                            ? "Reopened: the evidence did not hold up"
                            : "Benchmark update";
                    commands.add(new ChangeActionStatus(actionId, next, date, comment, null));
                    status = next;
                }
                if (date.getYear() != year) {
                    year = date.getYear();
                    commands.add(new RecordProgressNote(actionId, date, "Yearly progress note " + year));
                }
                date = date.plusMonths(3 + random.nextInt(6));
            }
            if (superseded && !status.isTerminal()) {
                commands.add(new ChangeActionStatus(
                        actionId, ActionStatus.SUPERSEDED, lastDay, "Replaced by A1", actionIds.get(0)));
            }
        }
        List<String> benefitIds = new ArrayList<>();
        int reportIndex = -1;
        String reportId = id("report", "" + p);
        LocalDate reportDate = start.plusMonths(years * 6L);
        for (int b = 0; b < benefits; b++) {
            if (b == benefits / 2) {
                reportIndex = commands.size();
                commands.add(new PublishReport(
                        reportId, planId, "Performance and Audit Committee", reportDate, "Benchmark report " + p));
            }
            String benefitId = id("benefit", "" + p, "" + b);
            benefitIds.add(benefitId);
            commands.add(new AddBenefit(
                    benefitId,
                    planId,
                    null,
                    List.of(actionIds.get(b % actions)),
                    "Benchmark benefit " + (b + 1),
                    BenefitType.QUANTITATIVE,
                    "Share of care-experienced young people in the measure",
                    "Monthly return",
                    "Service records",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    new Baseline(new BigDecimal("50"), null, start),
                    new Target(new BigDecimal("80"), today),
                    start));
            LocalDate month = start.plusMonths(1);
            int m = 0;
            Rag[] rags = {Rag.GREEN, Rag.AMBER, Rag.RED};
            while (!month.isAfter(lastDay)) {
                String measurementId = id("measurement", "" + p, "" + b, "" + m);
                BigDecimal value = BigDecimal.valueOf(40 + random.nextInt(5000) / 100.0);
                // the benefits after the report fill in the months it covered: late, and saying why
                String lateReason = reportIndex >= 0 && !month.isAfter(reportDate)
                        ? "Benchmark history entered after the report"
                        : null;
                commands.add(new RecordMeasurement(
                        benefitId, measurementId, month, value, null, "Service records", lateReason));
                commands.add(new AssessRag(
                        benefitId, rags[random.nextInt(rags.length)], month, "Monthly assessment", lateReason));
                if (m % 24 == 23) {
                    commands.add(new CorrectMeasurement(
                            benefitId,
                            measurementId,
                            value.add(BigDecimal.ONE),
                            null,
                            null,
                            "Late returns from one team"));
                }
                month = month.plusMonths(1);
                m++;
            }
        }
        if (reportIndex < 0) {
            reportIndex = commands.size();
            commands.add(new PublishReport(
                    reportId, planId, "Performance and Audit Committee", reportDate, "Benchmark report " + p));
        }
        return new PlanScript(planId, commands, reportIndex, reportId, reportDate, benefitIds, start);
    }
}
