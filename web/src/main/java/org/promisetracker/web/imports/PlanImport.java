package org.promisetracker.web.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.rules.BenefitChecks;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.api.view.PlanContents;

/**
 * What importing a file into a plan would do: every row checked against the rules the aggregates
 * keep (the same {@link Texts}, {@link EffectiveDates} and {@link BenefitChecks}), matched by its key
 * against what the plan already holds and against the rest of the file, and turned into the very
 * commands the API sends, in the order they must go (areas, actions, benefits, then the history).
 * <p>
 * Rows are matched by key: an area by its number, an action or a benefit by its ref, a status or an
 * assessment by everything it says, a measurement by its benefit and date. A row that matches what
 * is recorded is unchanged and sends nothing, so importing the same file twice creates nothing and a
 * second file can add to a plan. An import adds to a plan, never changes what is recorded: a row
 * that names an existing item but says something else about it is a problem, as is a measurement
 * that differs from the one recorded for its date (a correction is made on the benefit's page, with
 * its reason). New items get ids derived from the plan and their key, so an import interrupted
 * half-way and sent again creates the rest and never a second copy.
 */
public final class PlanImport {

    /** What happens to one row. */
    public enum Outcome {
        CREATE,
        UNCHANGED,
        PROBLEM
    }

    /** One row of the file, as the preview shows it. */
    public record Row(ImportSheet sheet, int number, String label, Outcome outcome) {}

    /** Per sheet: rows read, rows that would create something, rows already recorded. */
    public record SheetCount(String sheet, int rows, int toCreate, int unchanged) {}

    /** The commands to send, in order, with the row each comes from. */
    public record Step(ImportSheet sheet, int row, Object command) {}

    private final PlanContents plan;
    private final Clock clock;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    // what the plan holds, then what the file adds, by key
    private final Map<Integer, String> areaIds = new HashMap<>();
    private final Map<String, String> actionIds = new HashMap<>();
    private final Map<String, BenefitType> benefitTypes = new HashMap<>();
    private final Map<String, String> benefitIds = new HashMap<>();
    private final Map<String, List<PlanContents.StatusChange>> statusesByAction = new HashMap<>();
    /** The file's measurement ids and assessments so far: a second row with the same is a problem. */
    private final Set<Object> sentCommands = new HashSet<>();

    private PlanImport(PlanContents plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        plan.areas().forEach(area -> areaIds.put(area.number(), area.areaId()));
        plan.actions().forEach(action -> actionIds.put(action.ref(), action.actionId()));
        plan.benefits().stream().filter(b -> b.ref() != null).forEach(b -> {
            benefitIds.put(b.ref(), b.benefitId());
            benefitTypes.put(b.ref(), b.type());
        });
        plan.statuses()
                .forEach(status -> statusesByAction
                        .computeIfAbsent(status.actionId(), id -> new ArrayList<>())
                        .add(status));
    }

    /** Checks and matches every row of {@code file} against {@code plan}, as of today by {@code clock}. */
    public static PlanImport of(ImportFile file, PlanContents plan, Clock clock) {
        PlanImport result = new PlanImport(plan, clock);
        result.problems.addAll(file.problems());
        Map<ImportSheet, SheetData> sheets = new EnumMap<>(ImportSheet.class);
        file.sheets().forEach(sheet -> sheets.put(sheet.sheet(), sheet));
        for (ImportSheet sheet : ImportSheet.values()) {
            SheetData data = sheets.get(sheet);
            if (data != null) {
                data.rows().forEach(row -> result.read(sheet, row));
            }
        }
        return result;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The commands to send; meaningful only without problems. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<SheetCount> counts() {
        List<SheetCount> counts = new ArrayList<>();
        for (ImportSheet sheet : ImportSheet.values()) {
            List<Row> of = rows.stream().filter(row -> row.sheet() == sheet).toList();
            if (!of.isEmpty()) {
                counts.add(new SheetCount(
                        sheet.title(),
                        of.size(),
                        (int) of.stream()
                                .filter(row -> row.outcome() == Outcome.CREATE)
                                .count(),
                        (int) of.stream()
                                .filter(row -> row.outcome() == Outcome.UNCHANGED)
                                .count()));
            }
        }
        return counts;
    }

    private void read(ImportSheet sheet, SheetRow row) {
        Cells cells = new Cells(sheet, row);
        Optional<Outcome> outcome = switch (sheet) {
            case AREAS -> area(cells);
            case ACTIONS -> action(cells);
            case BENEFITS -> benefit(cells);
            case STATUSES -> status(cells);
            case MEASUREMENTS -> measurement(cells);
            case RAG -> assessment(cells);
        };
        rows.add(new Row(
                sheet,
                row.number(),
                cells.label(),
                cells.failed() ? Outcome.PROBLEM : outcome.orElse(Outcome.PROBLEM)));
    }

    private Optional<Outcome> area(Cells cells) {
        Integer number = cells.integer("Number", 1, 999);
        String title = cells.text("Title", "title", Texts.TITLE, "An area needs a title.");
        cells.label(number == null ? null : "Area " + number, title);
        if (cells.failed()) {
            return Optional.empty();
        }
        Optional<PlanContents.Area> existing =
                plan.areas().stream().filter(area -> area.number() == number).findFirst();
        if (existing.isPresent()) {
            if (!existing.get().title().equals(title)) {
                return cells.problem(
                        "Title",
                        "area " + number + " is already in this plan as \""
                                + existing.get().title()
                                + "\"; an import adds to a plan and does not rename what is recorded");
            }
            return Optional.of(Outcome.UNCHANGED);
        }
        if (areaIds.containsKey(number)) {
            return cells.problem("Number", "area " + number + " is in the file twice");
        }
        String areaId = newId("area", Integer.toString(number));
        areaIds.put(number, areaId);
        steps.add(new Step(ImportSheet.AREAS, cells.row(), new AddArea(plan.planId(), areaId, number, title)));
        return Optional.of(Outcome.CREATE);
    }

    private Optional<Outcome> action(Cells cells) {
        String ref = cells.text("Ref", "ref", Texts.REF, "An action needs a reference such as 1.1.");
        Integer area = cells.integer("Area", 1, 999);
        String title = cells.text("Title", "title", Texts.TITLE, "An action needs a title.");
        String lead = cells.text(
                "Lead officer",
                "leadOfficer",
                Texts.NAME,
                "An action needs a lead officer (a role, not a person's name).");
        LocalDate due = cells.date("Due date");
        String outcomes = cells.optionalText("Outcome measures", "outcomeMeasures", Texts.TEXT);
        List<Foundation> foundations = cells.list("Foundations", Foundation.class);
        String phase = cells.optionalText("Phase", "phase", Texts.SHORT);
        cells.label(ref, title);
        if (area != null && !areaIds.containsKey(area)) {
            cells.problem("Area", "there is no area " + area + " in this plan or in the file's Areas sheet");
        }
        if (cells.failed()) {
            return Optional.empty();
        }
        Optional<PlanContents.Action> existing = plan.actions().stream()
                .filter(action -> action.ref().equals(ref))
                .findFirst();
        if (existing.isPresent()) {
            PlanContents.Action recorded = existing.get();
            return unchangedOrProblem(
                    cells,
                    "action " + ref,
                    Map.of(
                            "Area", same(recorded.areaId(), areaIds.get(area)),
                            "Title", same(recorded.title(), title),
                            "Lead officer", same(recorded.leadOfficer(), lead),
                            "Due date", same(recorded.dueDate(), due),
                            "Outcome measures", same(recorded.outcomeMeasures(), outcomes),
                            "Foundations", same(Set.copyOf(recorded.foundations()), Set.copyOf(foundations)),
                            "Phase", same(recorded.phase(), phase)));
        }
        if (actionIds.containsKey(ref)) {
            return cells.problem("Ref", "action " + ref + " is in the file twice");
        }
        String actionId = newId("action", ref);
        actionIds.put(ref, actionId);
        steps.add(new Step(
                ImportSheet.ACTIONS,
                cells.row(),
                new AddAction(
                        actionId,
                        plan.planId(),
                        areaIds.get(area),
                        ref,
                        title,
                        lead,
                        due,
                        outcomes,
                        null,
                        foundations,
                        phase)));
        return Optional.of(Outcome.CREATE);
    }

    private Optional<Outcome> benefit(Cells cells) {
        String ref =
                cells.text("Ref", "ref", Texts.REF, "Give the benefit a reference such as B1: rows are matched by it.");
        String title = cells.text("Title", "title", Texts.TITLE, "A benefit needs a title.");
        BenefitType type = cells.choice("Type", BenefitType.class, true);
        String measure = cells.text("Measure", "measure", Texts.TITLE, "Say how the benefit is measured.");
        String method =
                cells.text("Collection method", "collectionMethod", Texts.TITLE, "Say how the data is collected.");
        String unit = cells.optionalText("Unit", "unit", Texts.SHORT);
        Direction direction = Objects.requireNonNullElse(
                cells.choice("Direction", Direction.class, false), Direction.HIGHER_IS_BETTER);
        BigDecimal baselineValue = cells.number("Baseline value");
        String baselineEvidence = cells.optionalText("Baseline evidence", "baseline.evidence", Texts.TEXT);
        LocalDate baselineDate = cells.date("Baseline date");
        BigDecimal targetValue = cells.number("Target value");
        LocalDate targetDate = cells.date("Target date");
        List<String> actionRefs = cells.refs("Actions");
        cells.label(ref, title);
        List<String> actions = new ArrayList<>();
        for (String actionRef : actionRefs == null ? List.<String>of() : actionRefs) {
            if (!actionIds.containsKey(actionRef)) {
                cells.problem(
                        "Actions", "there is no action " + actionRef + " in this plan or in the file's Actions sheet");
            } else {
                actions.add(actionIds.get(actionRef));
            }
        }
        if (cells.failed()) {
            return Optional.empty();
        }
        Baseline baseline = baselineValue == null && baselineEvidence == null && baselineDate == null
                ? null
                : new Baseline(baselineValue, baselineEvidence, baselineDate);
        Target target = targetValue == null && targetDate == null ? null : new Target(targetValue, targetDate);
        String storedUnit = type == BenefitType.CASHABLE && unit == null ? "GBP" : unit;
        String benefitId = benefitIds.getOrDefault(ref, newId("benefit", ref));
        boolean checked = cells.check(
                Map.of(
                        "baseline.date", "Baseline date",
                        "baseline.value", "Baseline value",
                        "baseline.evidence", "Baseline evidence",
                        "target.date", "Target date",
                        "target.value", "Target value"),
                () -> BenefitChecks.assertBaselineAndTarget(type, baseline, target));
        if (!checked) {
            return Optional.empty();
        }
        Optional<PlanContents.Benefit> existing = plan.benefits().stream()
                .filter(benefit -> ref.equals(benefit.ref()))
                .findFirst();
        if (existing.isPresent()) {
            PlanContents.Benefit recorded = existing.get();
            return unchangedOrProblem(
                    cells,
                    "benefit " + ref,
                    Map.ofEntries(
                            Map.entry("Title", same(recorded.title(), title)),
                            Map.entry("Type", same(recorded.type(), type)),
                            Map.entry("Measure", same(recorded.measure(), measure)),
                            Map.entry("Collection method", same(recorded.collectionMethod(), method)),
                            Map.entry("Unit", same(recorded.unit(), storedUnit)),
                            Map.entry("Direction", same(recorded.direction(), direction)),
                            Map.entry("Baseline value", sameNumber(value(recorded.baseline()), baselineValue)),
                            Map.entry("Baseline evidence", same(evidence(recorded.baseline()), baselineEvidence)),
                            Map.entry("Baseline date", same(date(recorded.baseline()), baselineDate)),
                            Map.entry("Target value", sameNumber(value(recorded.target()), targetValue)),
                            Map.entry("Target date", same(date(recorded.target()), targetDate)),
                            Map.entry("Actions", same(Set.copyOf(recorded.actionIds()), Set.copyOf(actions)))));
        }
        if (benefitIds.containsKey(ref)) {
            return cells.problem("Ref", "benefit " + ref + " is in the file twice");
        }
        benefitIds.put(ref, benefitId);
        benefitTypes.put(ref, type);
        steps.add(new Step(
                ImportSheet.BENEFITS,
                cells.row(),
                new AddBenefit(
                        benefitId,
                        plan.planId(),
                        ref,
                        actions,
                        title,
                        type,
                        measure,
                        method,
                        null,
                        unit,
                        direction,
                        baseline,
                        target,
                        null)));
        return Optional.of(Outcome.CREATE);
    }

    private Optional<Outcome> status(Cells cells) {
        String ref = cells.itemRef("Action ref", actionIds.keySet(), "action", "Actions");
        LocalDate date = cells.effectiveDate("Effective date", plan.startDate(), clock);
        ActionStatus status = cells.choice("Status", ActionStatus.class, true);
        String comment = cells.optionalText("Comment", "comment", Texts.TEXT);
        cells.label(ref, status == null ? null : status.name());
        if (status == ActionStatus.SUPERSEDED) {
            cells.problem(
                    "Status",
                    "a superseded action names the action that replaces it: record it on the action's page instead");
        }
        if (cells.failed()) {
            return Optional.empty();
        }
        String actionId = actionIds.get(ref);
        PlanContents.StatusChange change = new PlanContents.StatusChange(actionId, date, status, comment);
        List<PlanContents.StatusChange> known = statusesByAction.computeIfAbsent(actionId, id -> new ArrayList<>());
        if (known.contains(change)) {
            return Optional.of(Outcome.UNCHANGED);
        }
        ActionStatus current = statusAsAt(known, date);
        if (current.isTerminal() && status != current && comment == null) {
            return cells.problem(
                    "Comment",
                    "as at " + EffectiveDates.spoken(date) + " this action is "
                            + current.name().toLowerCase() + "; say in a comment why it is being reopened");
        }
        known.add(change);
        steps.add(new Step(
                ImportSheet.STATUSES, cells.row(), new ChangeActionStatus(actionId, status, date, comment, null)));
        return Optional.of(Outcome.CREATE);
    }

    private Optional<Outcome> measurement(Cells cells) {
        String ref = cells.itemRef("Benefit ref", benefitIds.keySet(), "benefit", "Benefits");
        LocalDate date = cells.effectiveDate("Effective date", plan.startDate(), clock);
        BigDecimal value = cells.number("Value");
        String evidence = cells.optionalText("Evidence", "evidence", Texts.TEXT);
        String source = cells.text("Source", "source", Texts.LINE, "Say where the measurement comes from.");
        cells.label(ref, date == null ? null : date.toString());
        if (cells.failed()) {
            return Optional.empty();
        }
        if (!cells.check(
                Map.of("value", "Value", "evidence", "Evidence"),
                () -> BenefitChecks.assertMeasuredAsTyped(benefitTypes.get(ref), value, evidence))) {
            return Optional.empty();
        }
        String benefitId = benefitIds.get(ref);
        String measurementId = newId("measurement", benefitId + " " + date);
        Optional<PlanContents.Measurement> recorded = plan.measurements().stream()
                .filter(m ->
                        m.benefitId().equals(benefitId) && m.effectiveDate().equals(date))
                .findFirst();
        if (recorded.isPresent()) {
            if (sameNumber(recorded.get().value(), value)
                    && Objects.equals(recorded.get().evidence(), evidence)) {
                return Optional.of(Outcome.UNCHANGED);
            }
            return cells.problem(
                    "Value",
                    "a different measurement is already recorded for " + EffectiveDates.spoken(date)
                            + "; correct it on the benefit's page, where the correction keeps its reason");
        }
        if (!sentCommands.add(measurementId)) {
            return cells.problem(
                    "Effective date", "benefit " + ref + " has two measurements for this date in the file");
        }
        steps.add(new Step(
                ImportSheet.MEASUREMENTS,
                cells.row(),
                new RecordMeasurement(benefitId, measurementId, date, value, evidence, source)));
        return Optional.of(Outcome.CREATE);
    }

    private Optional<Outcome> assessment(Cells cells) {
        String ref = cells.itemRef("Benefit ref", benefitIds.keySet(), "benefit", "Benefits");
        LocalDate date = cells.effectiveDate("Effective date", plan.startDate(), clock);
        Rag rag = cells.choice("RAG", Rag.class, true);
        String rationale = cells.text("Rationale", "rationale", Texts.TEXT, "Give the rationale for the assessment.");
        cells.label(ref, rag == null ? null : rag.name());
        if (rag == Rag.NOT_ASSESSED) {
            cells.problem("RAG", "assess the benefit as GREEN, AMBER or RED");
        }
        if (cells.failed()) {
            return Optional.empty();
        }
        String benefitId = benefitIds.get(ref);
        PlanContents.Assessment assessment = new PlanContents.Assessment(benefitId, date, rag, rationale);
        if (plan.assessments().contains(assessment)) {
            return Optional.of(Outcome.UNCHANGED);
        }
        if (!sentCommands.add(new AssessRag(benefitId, rag, date, rationale))) {
            return cells.problem("RAG", "this row repeats an earlier row of the sheet");
        }
        steps.add(new Step(ImportSheet.RAG, cells.row(), new AssessRag(benefitId, rag, date, rationale)));
        return Optional.of(Outcome.CREATE);
    }

    /** The status in effect on {@code date}: the latest effective on or before it, ties to the later recorded. */
    private static ActionStatus statusAsAt(List<PlanContents.StatusChange> recorded, LocalDate date) {
        ActionStatus status = ActionStatus.NOT_STARTED;
        LocalDate latest = null;
        for (PlanContents.StatusChange change : recorded) {
            if (!change.effectiveDate().isAfter(date)
                    && (latest == null || !change.effectiveDate().isBefore(latest))) {
                status = change.status();
                latest = change.effectiveDate();
            }
        }
        return status;
    }

    private Optional<Outcome> unchangedOrProblem(Cells cells, String what, Map<String, Boolean> sameByColumn) {
        List<String> differing = Arrays.stream(
                        cells.sheet.columns().stream().map(ImportColumn::header).toArray(String[]::new))
                .filter(column -> Boolean.FALSE.equals(sameByColumn.get(column)))
                .toList();
        if (differing.isEmpty()) {
            return Optional.of(Outcome.UNCHANGED);
        }
        for (String column : differing) {
            cells.problem(
                    column,
                    what + " is already in this plan with another " + column.toLowerCase()
                            + "; an import adds to a plan and does not change what is recorded");
        }
        return Optional.empty();
    }

    /** An id for a new item, the same for the same plan and key whenever the file is imported. */
    private String newId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("promise-tracker import " + plan.planId() + " " + kind + " " + key)
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static boolean same(Object recorded, Object imported) {
        return Objects.equals(recorded, imported);
    }

    private static boolean sameNumber(BigDecimal recorded, BigDecimal imported) {
        return recorded == null ? imported == null : imported != null && recorded.compareTo(imported) == 0;
    }

    private static BigDecimal value(Baseline baseline) {
        return baseline == null ? null : baseline.value();
    }

    private static String evidence(Baseline baseline) {
        return baseline == null ? null : baseline.evidence();
    }

    private static LocalDate date(Baseline baseline) {
        return baseline == null ? null : baseline.date();
    }

    private static BigDecimal value(Target target) {
        return target == null ? null : target.value();
    }

    private static LocalDate date(Target target) {
        return target == null ? null : target.date();
    }

    /** One row's cells, read by column, each problem recorded against the row and column. */
    private final class Cells {

        private final ImportSheet sheet;
        private final SheetRow row;
        private boolean failed;
        /** The columns of this row with a problem already, so a cell is reported once. */
        private final Set<String> failedColumns = new HashSet<>();

        private String label;

        Cells(ImportSheet sheet, SheetRow row) {
            this.sheet = sheet;
            this.row = row;
        }

        int row() {
            return row.number();
        }

        boolean failed() {
            return failed;
        }

        String label() {
            return label;
        }

        void label(String key, String text) {
            label = Arrays.asList(key, text).stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
        }

        Optional<Outcome> problem(String column, String message) {
            failed = true;
            failedColumns.add(column);
            problems.add(new ImportProblem(sheet.title(), row.number(), column, message));
            return Optional.empty();
        }

        /** Runs a shared rule; its refusal becomes a problem on the column its field names. */
        boolean check(Map<String, String> columnByField, Runnable rule) {
            try {
                rule.run();
                return true;
            } catch (CommandRejected rejected) {
                String field = rejected.rejection().field();
                problem(
                        columnByField.getOrDefault(field, field),
                        sentence(rejected.rejection().message()));
                return false;
            }
        }

        String text(String column, String field, int limit, String missing) {
            String text = optionalText(column, field, limit);
            if (text == null && !failed(column)) {
                problem(column, sentence(missing));
            }
            return text;
        }

        String optionalText(String column, String field, int limit) {
            String raw = row.cell(column).text();
            try {
                return Texts.clean(field, raw, limit);
            } catch (CommandRejected rejected) {
                problem(column, sentence(rejected.rejection().message()));
                return null;
            }
        }

        Integer integer(String column, int min, int max) {
            BigDecimal number = number(column);
            if (number == null) {
                if (!failed(column)) {
                    problem(column, "enter a whole number from " + min + " to " + max);
                }
                return null;
            }
            if (number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(column, "enter a whole number from " + min + " to " + max + ", not " + number.toPlainString());
                return null;
            }
            return number.intValueExact();
        }

        BigDecimal number(String column) {
            Cell cell = row.cell(column);
            BigDecimal number = cell.number();
            if (number == null && cell.text() != null) {
                try {
                    number = new BigDecimal(cell.text().replace(",", ""));
                } catch (NumberFormatException e) {
                    problem(column, "\"" + cell.text() + "\" is not a number; enter a number such as 35 or 12.5");
                    return null;
                }
            }
            if (number != null
                    && (number.stripTrailingZeros().scale() > 4 || number.precision() - number.scale() > 15)) {
                problem(column, "enter a number of up to 15 digits and 4 decimal places");
                return null;
            }
            return number;
        }

        LocalDate date(String column) {
            Cell cell = row.cell(column);
            if (cell.date() != null) {
                return cell.date();
            }
            if (cell.text() == null) {
                return null;
            }
            try {
                return LocalDate.parse(cell.text());
            } catch (DateTimeParseException e) {
                problem(column, "\"" + cell.text() + "\" is not a date; enter a date, or text such as 2023-03-31");
                return null;
            }
        }

        LocalDate effectiveDate(String column, LocalDate planStart, Clock clock) {
            LocalDate date = date(column);
            if (failed(column)) {
                return null;
            }
            check(
                    Map.of("effectiveDate", column),
                    () -> EffectiveDates.assertWithinPlan("effectiveDate", date, planStart, clock));
            return date;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
            String text = row.cell(column).text();
            if (text == null) {
                if (required) {
                    problem(column, "choose one of " + names(type));
                }
                return null;
            }
            return constant(column, type, text);
        }

        <E extends Enum<E>> List<E> list(String column, Class<E> type) {
            List<E> values = new ArrayList<>();
            for (String item : items(column)) {
                E value = constant(column, type, item);
                if (value != null && !values.contains(value)) {
                    values.add(value);
                }
            }
            return values;
        }

        /** Refs separated by commas; null when the column is missing and required (already a problem). */
        List<String> refs(String column) {
            List<String> refs = new ArrayList<>();
            for (String item : items(column)) {
                try {
                    refs.add(Texts.clean("ref", item, Texts.REF));
                } catch (CommandRejected rejected) {
                    problem(
                            column,
                            "\"" + item + "\": " + sentence(rejected.rejection().message()));
                    return null;
                }
            }
            if (refs.isEmpty()) {
                problem(column, "name at least one action the benefit is tracked for, by its ref");
                return null;
            }
            return List.copyOf(new LinkedHashSet<>(refs));
        }

        /** The ref in {@code column}, which must name one of {@code known} (the plan's and the file's). */
        String itemRef(String column, Set<String> known, String kind, String sheetName) {
            String ref = text(column, column, Texts.REF, "name the " + kind + " by its ref.");
            if (ref != null && !known.contains(ref)) {
                problem(
                        column,
                        "there is no " + kind + " " + ref + " in this plan or in the file's " + sheetName + " sheet");
                return null;
            }
            return ref;
        }

        private List<String> items(String column) {
            String text = row.cell(column).text();
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.split("[,;\\n]"))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }

        private <E extends Enum<E>> E constant(String column, Class<E> type, String text) {
            String name = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            problem(column, "\"" + text + "\" is not one of " + names(type));
            return null;
        }

        private boolean failed(String column) {
            return failedColumns.contains(column);
        }

        private static <E extends Enum<E>> String names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .filter(name -> !name.equals("NOT_ASSESSED"))
                    .collect(Collectors.joining(", "));
        }
    }

    /** A rule's message as the tail of "Actions row 7, Title: …": no capital, no full stop. */
    private static String sentence(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "Actions row 7, Area: there is no area 11 in this plan", as the page and the 400 problem say it. */
    public static String describe(ImportProblem problem) {
        String where = problem.row() == 0 ? problem.sheet() : problem.sheet() + " row " + problem.row();
        return where + (problem.column() == null ? "" : ", " + problem.column()) + ": " + problem.message();
    }
}
