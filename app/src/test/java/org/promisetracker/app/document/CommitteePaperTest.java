package org.promisetracker.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.app.read.SouthAyrshireSeed.COMMITTEE;
import static org.promisetracker.app.read.SouthAyrshireSeed.REPORT_DATE;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.promisetracker.app.read.ReadSideTestBase;
import org.promisetracker.app.read.Recorder;
import org.promisetracker.app.read.SouthAyrshireSeed;
import org.promisetracker.app.support.Http;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The committee papers of seed 001: the Performance and Audit Committee report of 20 February 2023
 * as Word and PDF, and the plan as at that date (as known at publication) as Word, PDF and Excel.
 * Each document is read back with the library a reader's software would use and held against the
 * report's own snapshot from {@code GET /api/v1/reports/{id}}, word by word as the pages say it.
 * <p>
 * Its context is closed after it: kept in the cache, the read tests' shared context would live on
 * through the outage and restart tests that run between this package and theirs, and its projection
 * come back from them too slowly for their 30 seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommitteePaperTest extends ReadSideTestBase {

    static final String TITLE = "South Ayrshire's Parenting Promise 2021 - 2030 - Progress Report";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Path OUT = Path.of("target", "documents");

    /** The words the pages use, written out here so that a change of wording on one side fails. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("NOT_STARTED", "Not started"),
            Map.entry("ON_TARGET", "On target"),
            Map.entry("PROGRESSING", "Progressing"),
            Map.entry("COMPLETED", "Completed"),
            Map.entry("SUPERSEDED", "Superseded"),
            Map.entry("GREEN", "Green"),
            Map.entry("AMBER", "Amber"),
            Map.entry("RED", "Red"),
            Map.entry("NOT_ASSESSED", "Not assessed"),
            Map.entry("QUALITATIVE", "Qualitative"),
            Map.entry("QUANTITATIVE", "Quantitative"),
            Map.entry("CASHABLE", "Cashable"));

    SouthAyrshireSeed.Seed seed;
    String reportId;
    JsonNode report;
    String shortForm;
    String verifyUrl;
    Instant publishedAt;

    @BeforeAll
    void publishTheSeedReport() throws IOException {
        seed = SouthAyrshireSeed.build(recorder());
        reportId = Recorder.newId();
        recorder().as("admin").publish(seed.planId(), reportId, REPORT_DATE, COMMITTEE, TITLE);
        awaitProjection();
        report = http().get("/api/v1/reports/" + reportId, "viewer").ok();
        publishedAt = Instant.parse(report.get("publishedAt").asString());
        String sha = report.get("sha256").asString();
        String digits = sha.substring(0, 16).toUpperCase();
        shortForm = String.join(
                " ", digits.substring(0, 4), digits.substring(4, 8), digits.substring(8, 12), digits.substring(12));
        verifyUrl = "http://localhost:" + port + "/verify?fingerprint=" + digits;
        Files.createDirectories(OUT);
    }

    @Test
    void
            givenTheSeedReport_whenDownloadedAsWord_thenItSaysWhatTheSnapshotSaysWithHeadingsRepeatingHeadersAndTheFingerprint()
                    throws IOException {
        HttpResponse<byte[]> answer = download("/api/v1/reports/" + reportId + "/document?format=docx");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(DOCX);
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename=\"south-ayrshire-parenting-promise-2021-2030-")
                .endsWith("-performance-and-audit-committee-2023-02-20.docx\"")
                .matches("[\\x20-\\x7e]+");
        Files.write(OUT.resolve("report.docx"), answer.body());

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(answer.body()))) {
            String text = squeeze(new XWPFWordExtractor(word).getText());
            assertThat(text)
                    .contains(squeeze(report.get("summary").get("narrative").asString()))
                    .contains("South Ayrshire Council", "To " + COMMITTEE, TITLE)
                    .contains("As at 20 February 2023, as reported to " + COMMITTEE)
                    .contains("Published ", " by admin.");
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);

            Map<String, List<String>> headings = new HashMap<>();
            for (XWPFParagraph paragraph : word.getParagraphs()) {
                if (paragraph.getStyle() != null) {
                    headings.computeIfAbsent(paragraph.getStyle(), style -> new ArrayList<>())
                            .add(paragraph.getText());
                }
            }
            assertThat(headings.get("Heading1")).containsExactly(planTitle());
            assertThat(headings.get("Heading2"))
                    .startsWith("Summary", "Improvement area 1: " + SouthAyrshireSeed.AREAS.get(0))
                    .hasSize(1 + SouthAyrshireSeed.AREAS.size());
            for (String style : List.of("Heading1", "Heading2")) {
                assertThat(word.getStyles().getStyle(style).getName()).isEqualTo("heading " + style.charAt(7));
                assertThat(word.getStyles()
                                .getStyle(style)
                                .getCTStyle()
                                .getPPr()
                                .getOutlineLvl())
                        .isNotNull();
            }

            assertThat(word.getTables()).allSatisfy(table -> {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getNumberOfRows()).isGreaterThan(1);
            });
            assertCounts(tableRows(word, "Actions by status"), "byStatus", "actions");
            assertCounts(tableRows(word, "Benefits by RAG"), "byRag", "benefits");
            assertCounts(tableRows(word, "Benefits by type"), "byType", "benefits");

            List<List<String>> actions = tableRows(word, "Actions");
            for (JsonNode action : report.get("items").get("actions")) {
                assertThat(actions)
                        .as("action %s", action.get("ref").asString())
                        .anySatisfy(row -> {
                            assertThat(row.get(0)).isEqualTo(action.get("ref").asString());
                            assertThat(row.get(1))
                                    .startsWith(action.get("title").asString());
                            assertThat(row.get(2))
                                    .isEqualTo(action.get("leadOfficer").asString());
                            assertThat(row.get(3)).startsWith(word(action.get("status")));
                            assertThat(row.get(3).contains("Overdue"))
                                    .isEqualTo(action.get("overdue").asBoolean());
                        });
            }
            assertThat(actions).hasSize(report.get("items").get("actions").size());
            List<List<String>> benefits = tableRows(word, "Benefits");
            for (JsonNode benefit : report.get("items").get("benefits")) {
                assertThat(benefits)
                        .as("benefit %s", benefit.get("title").asString())
                        .anySatisfy(row -> {
                            assertThat(row.get(0))
                                    .isEqualTo(benefit.get("title").asString() + "\n" + word(benefit.get("type")));
                            assertThat(row.get(1)).isEqualTo(word(benefit.get("rag")));
                        });
            }
            assertThat(benefits).hasSize(report.get("items").get("benefits").size());

            // one section and only a default footer: it is the footer of every page
            assertThat(word.getDocument().getBody().getSectPr().isSetTitlePg()).isFalse();
            XWPFHeaderFooterPolicy footers = new XWPFHeaderFooterPolicy(word);
            assertThat(footers.getFirstPageFooter()).isNull();
            assertThat(footers.getEvenPageFooter()).isNull();
            assertThat(footers.getDefaultFooter().getText())
                    .contains(
                            "Fingerprint " + shortForm,
                            verifyUrl,
                            "SHA-256 " + report.get("sha256").asString());
        }
    }

    @Test
    void givenTheSeedReport_whenDownloadedAsPdf_thenItIsTaggedEveryFontIsEmbeddedAndEveryPageCarriesTheFingerprint()
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> answer = download("/api/v1/reports/" + reportId + "/document?format=pdf");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .endsWith("-performance-and-audit-committee-2023-02-20.pdf\"");
        Path file = OUT.resolve("report.pdf");
        Files.write(file, answer.body());
        System.out.printf("The seed report as PDF: %d bytes in %d ms%n", answer.body().length, millis);

        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            assertTagged(pdf, TITLE);
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .contains(squeeze(report.get("summary").get("narrative").asString()))
                    .contains("As at 20 February 2023, as reported to " + COMMITTEE, "by admin.", TITLE);
            assertPdfCounts(text);
            for (JsonNode action : report.get("items").get("actions")) {
                assertThat(text)
                        .contains(action.get("ref").asString() + " "
                                + action.get("title").asString())
                        .contains(word(action.get("status")));
            }
            for (JsonNode benefit : report.get("items").get("benefits")) {
                assertThat(text)
                        .contains(benefit.get("title").asString() + " " + word(benefit.get("type")) + " "
                                + word(benefit.get("rag")));
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            forEachPage(
                    pdf,
                    page -> assertThat(page)
                            .contains(
                                    "Fingerprint " + shortForm,
                                    verifyUrl,
                                    report.get("sha256").asString()));
        }
        assertRendersToAPng(file);
    }

    @Test
    void givenThePlanAsAtTheReportDate_whenDownloadedAsWordAndPdf_thenBothSayNotAPublishedReportOnEveryPage()
            throws IOException {
        String path = dashboardPath() + "&format=";
        HttpResponse<byte[]> docx = download(path + "docx");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .endsWith("-as-at-2023-02-20.docx\"");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = squeeze(new XWPFWordExtractor(word).getText());
            assertThat(text)
                    .contains("Not a published report.", "As at 20 February 2023, as known at ")
                    .contains(squeeze(report.get("summary").get("narrative").asString()));
            assertThat(new XWPFHeaderFooterPolicy(word).getDefaultFooter().getText())
                    .contains("Not a published report. As at 20 February 2023, as known at ");
            assertThat(word.getTables())
                    .allSatisfy(table ->
                            assertThat(table.getRow(0).isRepeatHeader()).isTrue());
        }

        HttpResponse<byte[]> answer = download(path + "pdf");
        Files.write(OUT.resolve("dashboard.pdf"), answer.body());
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            assertTagged(pdf, planTitle() + " as at 20 February 2023");
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertPdfCounts(text);
            forEachPage(
                    pdf,
                    page -> assertThat(page).contains("Not a published report. As at 20 February 2023, as known at "));
        }
    }

    @Test
    void givenThePlanAsAtTheReportDate_whenDownloadedAsExcel_thenEachTableIsASheetWithDateAndNumberCells()
            throws IOException {
        HttpResponse<byte[]> answer = download(dashboardPath() + "&format=xlsx");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(XLSX);
        Files.write(OUT.resolve("dashboard.xlsx"), answer.body());
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(List.of(
                            excel.getSheetName(0), excel.getSheetName(1), excel.getSheetName(2), excel.getSheetName(3)))
                    .containsExactly("Summary", "Actions", "Benefits", "Measurements");
            XSSFSheet summary = excel.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Not a published report");
            assertThat(summary.getHeader().getCenter()).isEqualTo("Not a published report");
            assertThat(summary.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString(REPORT_DATE);
            assertThat(DateUtil.isCellDateFormatted(summary.getRow(3).getCell(1)))
                    .isTrue();

            XSSFSheet actions = table(excel, "Actions", 32);
            Map<String, Row> byRef = new HashMap<>();
            actions.forEach(row -> byRef.put(row.getCell(2).getStringCellValue(), row));
            for (JsonNode action : report.get("items").get("actions")) {
                Row row = byRef.get(action.get("ref").asString());
                assertThat(row.getCell(3).getStringCellValue())
                        .isEqualTo(action.get("title").asString());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(word(action.get("status")));
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertDate(row.getCell(5), action.get("dueDate"));
                assertDate(row.getCell(7), action.get("statusDate"));
            }

            XSSFSheet benefits = table(excel, "Benefits", 48);
            Map<String, Row> byTitle = new HashMap<>();
            benefits.forEach(row -> byTitle.put(row.getCell(1).getStringCellValue(), row));
            int numbers = 0;
            for (JsonNode benefit : report.get("items").get("benefits")) {
                Row row = byTitle.get(benefit.get("title").asString());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(word(benefit.get("rag")));
                JsonNode latest = benefit.get("latestMeasurement");
                if (latest != null && !latest.isNull() && !latest.get("value").isNull()) {
                    assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(7).getNumericCellValue())
                            .isEqualTo(latest.get("value").asDouble());
                    assertDate(row.getCell(9), latest.get("effectiveDate"));
                    numbers++;
                }
            }
            assertThat(numbers).as("benefits measured by value").isEqualTo(15);

            // two values for each benefit measured by value, evidence for every fourth qualitative one;
            // benefit 34's measurement of 31 March 2023 is after the date
            int expected = IntStream.range(0, 48)
                    .map(i -> i >= 33 ? 2 : i % 4 == 0 ? 1 : 0)
                    .sum();
            XSSFSheet measurements = table(excel, "Measurements", expected);
            List<Row> corrected = new ArrayList<>();
            measurements.forEach(row -> {
                if (row.getRowNum() > 0) {
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
                    if (row.getCell(8).getStringCellValue().equals("Corrected")) {
                        corrected.add(row);
                    }
                }
            });
            assertThat(corrected).singleElement().satisfies(row -> {
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Illustrative benefit 37");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(44.0);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "?format=",
                "?format=DOCX",
                "?format=doc",
                "?format=pdf%00",
                "?format=xlsx",
                "?format=docx&format=pdf",
                "?format=pdf&format=pdf",
                "?format=%ED%A0%80",
                "?format=pdf%20"
            })
    void givenAFormatNotExactlyOneOfThoseListed_whenAskedForTheReport_thenA400ThatNamesThem(String query) {
        JsonNode problem =
                assertProblem(http().get("/api/v1/reports/" + reportId + "/document" + query, "viewer"), 400);
        if (!query.contains("%ED")) {
            assertThat(problem.get("detail").asString()).contains("must be one of docx, pdf");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("format");
        }
    }

    @Test
    void givenTheDashboard_whenTheFormatOrTheDatesAreWrong_thenA400() {
        assertThat(assertProblem(
                                http().get(
                                                "/api/v1/plans/" + seed.planId() + "/dashboard/document?format=odt",
                                                "viewer"),
                                400)
                        .get("detail")
                        .asString())
                .contains("must be one of docx, pdf, xlsx");
        assertProblem(
                http().get(
                                "/api/v1/plans/" + seed.planId() + "/dashboard/document?format=pdf&asAt=2023-02-30",
                                "viewer"),
                400);
        assertProblem(
                http().get(
                                "/api/v1/plans/" + seed.planId() + "/dashboard/document?format=pdf&knownAt=yesterday",
                                "viewer"),
                400);
    }

    @Test
    void givenUnknownIds_whenAskedForTheirDocuments_then404() {
        assertProblem(http().get("/api/v1/reports/" + Recorder.newId() + "/document?format=pdf", "viewer"), 404);
        assertProblem(
                http().get("/api/v1/plans/" + Recorder.newId() + "/dashboard/document?format=xlsx", "viewer"), 404);
    }

    @Test
    void givenAnAcceptThatRefusesTheDocument_whenAsked_thenA406Problem() {
        String path = "/api/v1/reports/" + reportId + "/document?format=docx";
        assertProblem(http().get(path, "viewer", Map.of("Accept", "application/json")), 406);
        assertProblem(http().get(path, "viewer", Map.of("Accept", "application/pdf")), 406);
        assertThat(http().get(path, "viewer", Map.of("Accept", DOCX + ", application/problem+json"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void givenNoOrWrongCredentials_whenAskedForADocument_then401() {
        String path = "/api/v1/reports/" + reportId + "/document?format=pdf";
        assertProblem(http().get(path, null), 401);
        assertProblem(http().get(path, "viewer:wrong"), 401);
        assertProblem(http().get(dashboardPath() + "&format=xlsx", null), 401);
    }

    private String dashboardPath() {
        return "/api/v1/plans/" + seed.planId() + "/dashboard/document?asAt=" + REPORT_DATE + "&knownAt="
                + Http.query(publishedAt);
    }

    private String planTitle() {
        return http().get("/api/v1/plans/" + seed.planId(), "viewer")
                .ok()
                .get("title")
                .asString();
    }

    private HttpResponse<byte[]> download(String path) {
        HttpResponse<byte[]> answer = http().download(path, "viewer", Map.of());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer;
    }

    private static String word(JsonNode code) {
        return WORDS.get(code.asString());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Each table's rows after its header, cell texts with their lines, found by the caption before it. */
    private static List<List<String>> tableRows(XWPFDocument word, String caption) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable table : word.getTables()) {
            if (!table.getCTTbl().getTblPr().getTblCaption().getVal().equals(caption)) {
                continue;
            }
            for (XWPFTableRow row : table.getRows().subList(1, table.getNumberOfRows())) {
                rows.add(row.getTableCells().stream()
                        .map(cell -> cell.getParagraphs().stream()
                                .map(XWPFParagraph::getText)
                                .collect(Collectors.joining("\n")))
                        .toList());
            }
        }
        return rows;
    }

    private void assertCounts(List<List<String>> rows, String map, String group) {
        JsonNode counts = report.get("summary").get(group).get(map);
        List<List<String>> expected = new ArrayList<>();
        counts.properties()
                .forEach(entry -> expected.add(
                        List.of(WORDS.get(entry.getKey()), entry.getValue().asString())));
        expected.add(
                List.of("Total", report.get("summary").get(group).get("total").asString()));
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    private void assertPdfCounts(String text) {
        for (String[] group : new String[][] {
            {"actions", "byStatus", "Actions by status Status Actions"},
            {"benefits", "byRag", "Benefits by RAG RAG Benefits"},
            {"benefits", "byType", "Benefits by type Type Benefits"}
        }) {
            StringBuilder table = new StringBuilder(group[2]);
            report.get("summary")
                    .get(group[0])
                    .get(group[1])
                    .properties()
                    .forEach(entry -> table.append(' ')
                            .append(WORDS.get(entry.getKey()))
                            .append(' ')
                            .append(entry.getValue().asInt()));
            table.append(" Total ")
                    .append(report.get("summary").get(group[0]).get("total").asInt());
            assertThat(text).contains(table);
        }
    }

    private static void assertTagged(PDDocument pdf, String title) throws IOException {
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
        assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                .isTrue();
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(Standard14Fonts.containsName(font.getName()))
                        .as(font.getName())
                        .isFalse();
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
    }

    private interface PageCheck {
        void check(String text);
    }

    private static void forEachPage(PDDocument pdf, PageCheck check) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            check.check(squeeze(stripper.getText(pdf)));
        }
    }

    private static void assertRendersToAPng(Path pdf) throws IOException, InterruptedException {
        Path prefix = OUT.resolve("report-page");
        Process pdftoppm = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        pdf.toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pdftoppm.exitValue())
                .as(new String(pdftoppm.getInputStream().readAllBytes()))
                .isZero();
        BufferedImage png =
                ImageIO.read(prefix.resolveSibling("report-page.png").toFile());
        long dark = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 128 ? 1 : 0;
            }
        }
        assertThat(png.getWidth()).isGreaterThan(400);
        assertThat(dark)
                .as("dark pixels of %d", (long) png.getWidth() * png.getHeight())
                .isGreaterThan(2_000);
    }

    private static XSSFSheet table(XSSFWorkbook excel, String name, int rows) {
        XSSFSheet sheet = excel.getSheet(name);
        assertThat(sheet.getLastRowNum()).as(name + " rows").isEqualTo(rows);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
        assertThat(excel.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
        assertThat(sheet.getHeader().getCenter()).isEqualTo("Not a published report");
        return sheet;
    }

    private static void assertDate(Cell cell, JsonNode date) {
        if (date == null || date.isNull()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).hasToString(date.asString());
    }
}
