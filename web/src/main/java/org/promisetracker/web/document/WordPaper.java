package org.promisetracker.web.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.web.words.Show;
import org.springframework.stereotype.Component;

/**
 * A paper as a Word document a clerk can edit into the committee's own template: real heading
 * styles (Word's navigation pane and a screen reader's list of headings use them), tables whose
 * header row repeats on every page, and the fingerprint in the footer of every page.
 */
@Component
class WordPaper {

    private static final String FONT = "Arial";

    private final Show show;

    WordPaper(Show show) {
        this.show = show;
    }

    byte[] write(Paper paper) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(document);
            document.getProperties().getCoreProperties().setTitle(paper.documentTitle());
            document.getProperties().getCoreProperties().setCreator(paper.organisation());
            document.getProperties().getCoreProperties().setDescription(paper.stamp());
            footer(document, paper);

            text(document, paper.organisation(), false);
            heading(document, 1, paper.planTitle());
            if (paper.reportTitle() != null) {
                text(document, paper.reportTitle(), true);
            }
            if (paper.committee() != null) {
                text(document, "To " + paper.committee(), false);
            }
            text(document, paper.stamp(), false);
            if (paper.published() != null) {
                text(document, paper.published() + ".", false);
            }
            if (paper.notice() != null) {
                text(document, paper.notice() + ".", true);
                text(
                        document,
                        "It shows the plan as recorded on " + show.instant(paper.knownAt())
                                + ", not what any committee was sent.",
                        false);
            }
            if (paper.isPublished()) {
                text(
                        document,
                        "Fingerprint " + paper.fingerprint().shortForm() + "; check this paper at " + paper.verifyUrl()
                                + ". SHA-256 " + paper.fingerprint().sha256(),
                        false);
            }
            summary(document, paper.summary());
            for (Paper.Area area : paper.areas()) {
                heading(document, 2, area.heading());
                if (area.actions().isEmpty()) {
                    text(document, "No actions count in this area on this date.", false);
                } else {
                    actions(document, area.actions());
                }
                if (!area.benefits().isEmpty()) {
                    benefits(document, area.benefits());
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(XWPFDocument document, PlanSummary summary) {
        heading(document, 2, "Summary");
        text(document, summary.narrative(), false);
        counts(
                document,
                "Actions by status",
                "Status",
                "Actions",
                summary.actions().byStatus(),
                summary.actions().total());
        counts(
                document,
                "Benefits by RAG",
                "RAG",
                "Benefits",
                summary.benefits().byRag(),
                summary.benefits().total());
        counts(
                document,
                "Benefits by type",
                "Type",
                "Benefits",
                summary.benefits().byType(),
                summary.benefits().total());
    }

    private void counts(
            XWPFDocument document, String caption, String what, String counted, Map<?, Integer> counts, int total) {
        XWPFTable table = table(document, caption, what, counted);
        counts.forEach((key, count) -> row(table, List.of(List.of(label(key)), List.of(Integer.toString(count)))));
        XWPFTableRow totals = row(table, List.of(List.of("Total"), List.of(Integer.toString(total))));
        totals.getTableCells()
                .forEach(cell -> cell.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true)));
    }

    private String label(Object key) {
        if (key instanceof ActionStatus status) {
            return show.status(status);
        }
        return key instanceof Rag rag ? show.rag(rag) : show.type((BenefitType) key);
    }

    private void actions(XWPFDocument document, List<ActionView> actions) {
        XWPFTable table =
                table(document, "Actions", "Ref", "Action", "Lead officer", "Status", "Status date", "Latest note");
        for (ActionView action : actions) {
            row(
                    table,
                    List.of(
                            List.of(action.ref()),
                            action.dueDate() == null
                                    ? List.of(action.title())
                                    : List.of(action.title(), "Due " + show.date(action.dueDate())),
                            List.of(action.leadOfficer()),
                            action.overdue()
                                    ? List.of(show.status(action.status()), "Overdue")
                                    : List.of(show.status(action.status())),
                            List.of(action.statusDate() != null ? show.date(action.statusDate()) : "None"),
                            action.latestNote() == null
                                    ? List.of("None")
                                    : List.of(
                                            action.latestNote().text(),
                                            "(" + show.date(action.latestNote().effectiveDate()) + ")")));
        }
    }

    private void benefits(XWPFDocument document, List<BenefitView> benefits) {
        XWPFTable table =
                table(document, "Benefits", "Benefit", "RAG", "Latest", "Previous", "Baseline", "Target", "Trend");
        for (BenefitView benefit : benefits) {
            row(
                    table,
                    List.of(
                            List.of(benefit.title(), show.type(benefit.type())),
                            List.of(show.rag(benefit.rag())),
                            List.of(show.measurement(benefit, benefit.latestMeasurement())),
                            List.of(show.measurement(benefit, benefit.previousMeasurement())),
                            List.of(show.baseline(benefit)),
                            List.of(show.target(benefit)),
                            List.of(show.trend(benefit.trend()))));
        }
    }

    /** A table with its caption (alternative text) and a bold header row that repeats on every page. */
    private static XWPFTable table(XWPFDocument document, String caption, String... headers) {
        text(document, caption, true).getCTP().addNewPPr().addNewKeepNext();
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        table.getCTTbl().getTblPr().addNewTblCaption().setVal(caption);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun run = header.getCell(i).getParagraphs().get(0).createRun();
            run.setText(headers[i]);
            run.setBold(true);
        }
        return table;
    }

    /** A row whose cells each hold one or more lines, as the page's cells do. */
    private static XWPFTableRow row(XWPFTable table, List<List<String>> cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            List<String> lines = cells.get(i);
            for (int line = 0; line < lines.size(); line++) {
                XWPFParagraph paragraph = line == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.createRun().setText(lines.get(line));
            }
        }
        return row;
    }

    private static XWPFParagraph heading(XWPFDocument document, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static XWPFParagraph text(XWPFDocument document, String text, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        return paragraph;
    }

    private static void footer(XWPFDocument document, Paper paper) {
        // one section, no first-page or even-page footer: the default one is on every page
        XWPFFooter footer = document.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        for (String line : paper.footer()) {
            XWPFRun run = footer.createParagraph().createRun();
            run.setText(line);
            run.setFontSize(7);
        }
        XWPFParagraph page = footer.createParagraph();
        XWPFRun before = page.createRun();
        before.setText("Page ");
        before.setFontSize(7);
        page.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    /**
     * Word's own heading styles, by their built-in names: without them in styles.xml a paragraph
     * naming "Heading1" is plain text to Word, and the navigation pane shows nothing.
     */
    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage("en-GB");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(new XWPFStyle(heading(1, 32), styles));
        styles.addStyle(new XWPFStyle(heading(2, 26), styles));
    }

    private static CTStyle heading(int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 360));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }
}
