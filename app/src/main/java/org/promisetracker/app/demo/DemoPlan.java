package org.promisetracker.app.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.Foundation;
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
 * One plan of the demo data set as the commands that record it, in the order they are sent:
 * the plan, its areas, actions and benefits, then its history as officers would have recorded it.
 * Every id is derived from a readable key, so loading the same data set twice names the same things.
 */
record DemoPlan(String key, List<Object> commands) {

    DemoPlan {
        commands = List.copyOf(commands);
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(UTF_8)).toString();
    }

    String planId() {
        return id(key);
    }

    CreatePlan definition() {
        return (CreatePlan) commands.get(0);
    }

    <T> List<T> commandsOf(Class<T> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Builder plan(
            String key, String title, String organisation, String startDate, String endDate, String areaLabel) {
        return new Builder(
                key,
                new CreatePlan(
                        id(key), title, organisation, LocalDate.parse(startDate), LocalDate.parse(endDate), areaLabel));
    }

    /**
     * Reads like the plan's own tables: an area, then the actions under it; then the benefits; then
     * the history, day by day. Refs and benefit keys are checked as the plan is built, so a typo in the
     * data set fails its unit test rather than the start-up.
     */
    static final class Builder {

        private final String key;
        private final CreatePlan plan;
        private final List<AddArea> areas = new ArrayList<>();
        private final Map<String, AddAction> actions = new LinkedHashMap<>();
        private final Map<String, BenefitBuilder> benefits = new LinkedHashMap<>();
        private final List<Object> history = new ArrayList<>();
        private final Set<String> measurementIds = new HashSet<>();
        private String phase;
        private String lastRef;

        private Builder(String key, CreatePlan plan) {
            this.key = key;
            this.plan = plan;
        }

        Builder area(int number, String title) {
            areas.add(new AddArea(plan.planId(), id(key + "/area/" + number), number, title));
            return this;
        }

        /** The plan phase given to the actions that follow, e.g. "Short term (2021-24)". */
        Builder phase(String phase) {
            this.phase = phase;
            return this;
        }

        /** An action of the area declared last, due at the end of its timescale month. */
        Builder action(
                String ref,
                String title,
                String leadOfficer,
                YearMonth timescale,
                String outcomeMeasures,
                Foundation... foundations) {
            if (areas.isEmpty()) {
                throw new IllegalStateException("Declare the area before its action " + ref);
            }
            if (actions.containsKey(ref)) {
                throw new IllegalArgumentException("Action " + ref + " is declared twice");
            }
            actions.put(
                    ref,
                    new AddAction(
                            actionId(ref),
                            plan.planId(),
                            areas.get(areas.size() - 1).areaId(),
                            ref,
                            title,
                            leadOfficer,
                            timescale.atEndOfMonth(),
                            outcomeMeasures,
                            null,
                            List.of(foundations),
                            phase));
            lastRef = ref;
            return this;
        }

        /** The action declared last counts in the plan only from this date, e.g. a successor added later. */
        Builder countingFrom(String date) {
            AddAction last = actions.get(knownRef(lastRef));
            actions.put(
                    last.ref(),
                    new AddAction(
                            last.actionId(),
                            last.planId(),
                            last.areaId(),
                            last.ref(),
                            last.title(),
                            last.leadOfficer(),
                            last.dueDate(),
                            last.outcomeMeasures(),
                            LocalDate.parse(date),
                            last.foundations(),
                            last.phase()));
            return this;
        }

        BenefitBuilder benefit(String benefitKey, BenefitType type, String title) {
            if (benefits.containsKey(benefitKey)) {
                throw new IllegalArgumentException("Benefit " + benefitKey + " is declared twice");
            }
            BenefitBuilder benefit = new BenefitBuilder(benefitKey, type, title);
            benefits.put(benefitKey, benefit);
            return benefit;
        }

        /** Facts effective on one day, recorded in the order written. */
        Day on(String date) {
            return new Day(LocalDate.parse(date));
        }

        /** Corrects the value of the measurement recorded for {@code measuredOn}, keeping its date. */
        Builder correct(String benefitKey, String measuredOn, String value, String reason) {
            String measurementId = measurementId(benefitKey, LocalDate.parse(measuredOn));
            if (!measurementIds.contains(measurementId)) {
                throw new IllegalArgumentException(
                        "No measurement of " + benefitKey + " on " + measuredOn + " to correct");
            }
            history.add(new CorrectMeasurement(
                    benefitId(benefitKey), measurementId, new BigDecimal(value), null, null, reason));
            return this;
        }

        Builder report(String committee, String reportDate, String title) {
            history.add(new PublishReport(
                    id(key + "/report/" + reportDate), plan.planId(), committee, LocalDate.parse(reportDate), title));
            return this;
        }

        DemoPlan build() {
            List<Object> commands = new ArrayList<>();
            commands.add(plan);
            commands.addAll(areas);
            commands.addAll(actions.values());
            benefits.values().forEach(benefit -> commands.add(benefit.build()));
            commands.addAll(history);
            return new DemoPlan(key, commands);
        }

        private String actionId(String ref) {
            return id(key + "/action/" + ref);
        }

        private String knownRef(String ref) {
            if (ref == null || !actions.containsKey(ref)) {
                throw new IllegalArgumentException("No action " + ref + " in " + key);
            }
            return ref;
        }

        private String knownActionId(String ref) {
            return actionId(knownRef(ref));
        }

        private String benefitId(String benefitKey) {
            if (!benefits.containsKey(benefitKey)) {
                throw new IllegalArgumentException("No benefit " + benefitKey + " in " + key);
            }
            return id(key + "/benefit/" + benefitKey);
        }

        private String measurementId(String benefitKey, LocalDate date) {
            return id(key + "/benefit/" + benefitKey + "/measurement/" + date);
        }

        final class Day {

            private final LocalDate date;

            private Day(LocalDate date) {
                this.date = date;
            }

            Day status(String ref, ActionStatus status, String comment) {
                history.add(new ChangeActionStatus(knownActionId(ref), status, date, comment, null));
                return this;
            }

            Day superseded(String ref, String byRef, String comment) {
                history.add(new ChangeActionStatus(
                        knownActionId(ref), ActionStatus.SUPERSEDED, date, comment, knownActionId(byRef)));
                return this;
            }

            Day note(String ref, String text) {
                history.add(new RecordProgressNote(knownActionId(ref), date, text));
                return this;
            }

            Day measured(String benefitKey, String value, String source) {
                return measurement(benefitKey, new BigDecimal(value), null, source);
            }

            Day evidence(String benefitKey, String evidence, String source) {
                return measurement(benefitKey, null, evidence, source);
            }

            Day rag(String benefitKey, Rag rag, String rationale) {
                history.add(new AssessRag(benefitId(benefitKey), rag, date, rationale));
                return this;
            }

            private Day measurement(String benefitKey, BigDecimal value, String evidence, String source) {
                String measurementId = measurementId(benefitKey, date);
                if (!measurementIds.add(measurementId)) {
                    throw new IllegalArgumentException(benefitKey + " is measured twice on " + date);
                }
                history.add(new RecordMeasurement(benefitId(benefitKey), measurementId, date, value, evidence, source));
                return this;
            }
        }

        final class BenefitBuilder {

            private final String benefitKey;
            private final BenefitType type;
            private final String title;
            private List<String> actionRefs = List.of();
            private String measure;
            private String collectionMethod;
            private String dataSource;
            private String unit;
            private Direction direction = Direction.HIGHER_IS_BETTER;
            private Baseline baseline;
            private Target target;

            private BenefitBuilder(String benefitKey, BenefitType type, String title) {
                this.benefitKey = benefitKey;
                this.type = type;
                this.title = title;
            }

            BenefitBuilder forActions(String... refs) {
                actionRefs = List.of(refs);
                return this;
            }

            BenefitBuilder measure(String measure) {
                this.measure = measure;
                return this;
            }

            BenefitBuilder collectionMethod(String collectionMethod) {
                this.collectionMethod = collectionMethod;
                return this;
            }

            BenefitBuilder dataSource(String dataSource) {
                this.dataSource = dataSource;
                return this;
            }

            BenefitBuilder unit(String unit) {
                this.unit = unit;
                return this;
            }

            BenefitBuilder lowerIsBetter() {
                this.direction = Direction.LOWER_IS_BETTER;
                return this;
            }

            BenefitBuilder baseline(String value, String date) {
                this.baseline = new Baseline(new BigDecimal(value), null, LocalDate.parse(date));
                return this;
            }

            BenefitBuilder baselineEvidence(String evidence, String date) {
                this.baseline = new Baseline(null, evidence, LocalDate.parse(date));
                return this;
            }

            BenefitBuilder target(String value, String date) {
                this.target = new Target(new BigDecimal(value), LocalDate.parse(date));
                return this;
            }

            private AddBenefit build() {
                return new AddBenefit(
                        benefitId(benefitKey),
                        plan.planId(),
                        actionRefs.stream().map(Builder.this::knownActionId).toList(),
                        title,
                        type,
                        measure,
                        collectionMethod,
                        dataSource,
                        unit,
                        direction,
                        baseline,
                        target,
                        null);
            }
        }
    }
}
