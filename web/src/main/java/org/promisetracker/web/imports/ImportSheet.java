package org.promisetracker.web.imports;

import static org.promisetracker.web.imports.ImportColumn.names;
import static org.promisetracker.web.imports.ImportColumn.oneOf;
import static org.promisetracker.web.imports.ImportColumn.optional;
import static org.promisetracker.web.imports.ImportColumn.required;
import static org.promisetracker.web.imports.TemplateColumn.choice;
import static org.promisetracker.web.imports.TemplateColumn.date;
import static org.promisetracker.web.imports.TemplateColumn.ref;
import static org.promisetracker.web.imports.TemplateColumn.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;

/**
 * The sheets of the import template, in the order the template holds them and an import applies
 * them: areas before the actions in them, actions before the benefits they bring, and the history
 * of each last. A CSV file holds one of them.
 */
public enum ImportSheet {
    AREAS(
            "Areas",
            text(required("Number", "A whole number from 1, different for each area."), 10),
            text(required("Title", "The area's title: up to 2,000 characters."), 60)),
    ACTIONS(
            "Actions",
            ref(
                    required(
                            "Ref",
                            "The action's reference, such as 1.1: up to 20 characters, different for each action."),
                    10),
            text(required("Area", "The number of the action's area, as on the Areas sheet."), 8),
            text(required("Title", "What the action is: up to 2,000 characters."), 60),
            text(required("Lead officer", "The lead officer's role, not a person's name: up to 300 characters."), 30),
            date(optional("Due date", Notes.DATE)),
            text(optional("Outcome measures", "How the action's outcome is measured: up to 4,000 characters."), 40),
            text(optional("Foundations", "Any of " + oneOf(names(Foundation.values())) + ", separated by commas."), 30),
            text(optional("Phase", "The phase of the plan the action belongs to: up to 60 characters."), 14)),
    BENEFITS(
            "Benefits",
            ref(
                    required(
                            "Ref",
                            "The benefit's reference, such as B1, for the Measurements and RAG sheets: up to 20"
                                    + " characters, different for each benefit."),
                    10),
            text(required("Title", "The benefit: up to 2,000 characters."), 50),
            choice(required("Type", oneOf(names(BenefitType.values())) + "."), 16, names(BenefitType.values())),
            text(required("Measure", "How the benefit is measured: up to 2,000 characters."), 40),
            text(required("Collection method", "How the data is collected: up to 2,000 characters."), 40),
            text(
                    optional(
                            "Unit",
                            "The unit of the values, such as % or days: up to 60 characters; GBP when empty and cashable."),
                    10),
            choice(
                    optional("Direction", oneOf(names(Direction.values())) + "; HIGHER_IS_BETTER when empty."),
                    20,
                    names(Direction.values())),
            text(optional("Baseline value", Notes.VALUE), 14),
            text(
                    optional(
                            "Baseline evidence",
                            "The baseline's evidence, for qualitative benefits: up to 4,000 characters."),
                    40),
            date(optional("Baseline date", Notes.DATE)),
            text(optional("Target value", Notes.VALUE), 14),
            date(optional("Target date", Notes.DATE)),
            ref(
                    required(
                            "Actions",
                            "The refs of the actions the benefit comes from, as on the Actions sheet, separated by"
                                    + " commas: 1.1, 2.3."),
                    20)),
    STATUSES(
            "Statuses",
            ref(required("Action ref", Notes.ACTION), 12),
            date(required("Effective date", Notes.EFFECTIVE)),
            choice(required("Status", oneOf(names(ActionStatus.values())) + "."), 16, names(ActionStatus.values())),
            text(optional("Comment", "Why the status is what it is: up to 4,000 characters."), 60)),
    MEASUREMENTS(
            "Measurements",
            ref(required("Benefit ref", Notes.BENEFIT), 12),
            date(required("Effective date", Notes.EFFECTIVE)),
            text(optional("Value", Notes.VALUE), 14),
            text(optional("Evidence", "The evidence, for qualitative benefits: up to 4,000 characters."), 60),
            text(required("Source", "Where the measurement comes from: up to 500 characters."), 30)),
    RAG(
            "RAG",
            ref(required("Benefit ref", Notes.BENEFIT), 12),
            date(required("Effective date", Notes.EFFECTIVE)),
            choice(required("RAG", oneOf(Notes.RAGS) + "."), 10, Notes.RAGS),
            text(
                    optional(
                            "Rationale",
                            "Why the benefit has this RAG, which every assessment needs: up to 4,000 characters."),
                    60));

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private final String title;
    private final List<TemplateColumn> layout;
    private final List<ImportColumn> columns;

    ImportSheet(String title, TemplateColumn... layout) {
        this.title = title;
        this.layout = List.of(layout);
        this.columns = this.layout.stream().map(TemplateColumn::column).toList();
    }

    /** The sheet's name in the template, and in problems and notices about it. */
    public String title() {
        return title;
    }

    /** The columns in template order. */
    public List<ImportColumn> columns() {
        return columns;
    }

    /** The sheet a workbook's sheet name means: case and spacing do not matter. */
    public static Optional<ImportSheet> named(String name) {
        String wanted = loose(name);
        return Arrays.stream(values())
                .filter(sheet -> loose(sheet.title).equals(wanted))
                .findFirst();
    }

    /** The column a header in row 1 means: case and spacing do not matter. */
    public Optional<ImportColumn> column(String header) {
        String wanted = loose(header);
        return columns.stream()
                .filter(column -> loose(column.header()).equals(wanted))
                .findFirst();
    }

    List<TemplateColumn> layout() {
        return layout;
    }

    /**
     * Spreadsheets pad names with spaces, non-breaking ones included, and people type them in any
     * case; none of that changes which sheet or column is meant.
     */
    static String loose(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Notes several columns share; outside the enum, which cannot use its own constants in its constructor. */
    private static final class Notes {
        static final String DATE = "A date, or text as 2023-03-31.";
        static final String EFFECTIVE = "The date it took effect: a date, or text as 2023-03-31.";
        static final String VALUE = "A number, for quantitative and cashable benefits.";
        static final String ACTION = "The action's Ref, as on the Actions sheet.";
        static final String BENEFIT = "The benefit's Ref, as on the Benefits sheet.";

        /** NOT_ASSESSED is what a benefit reads as before any assessment; no one assesses it so. */
        static final List<String> RAGS = names(Rag.GREEN, Rag.AMBER, Rag.RED);
    }
}
