package org.promisetracker.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.promisetracker.web.imports.Workbooks.bytes;
import static org.promisetracker.web.imports.Workbooks.csv;
import static org.promisetracker.web.imports.Workbooks.edit;
import static org.promisetracker.web.imports.Workbooks.entries;
import static org.promisetracker.web.imports.Workbooks.row;
import static org.promisetracker.web.imports.Workbooks.sheet;
import static org.promisetracker.web.imports.Workbooks.zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

    private static final Object[] ACTIONS = {"Ref", "Area", "Title", "Lead officer"};
    private static final Object[] AREAS = {"Number", "Title"};

    // ---- size and kind of file

    @Test
    void givenAnUploadOverTenMegabytes_whenRead_thenItIsRefusedUnopened() {
        byte[] big = new byte[SpreadsheetReader.MAX_BYTES + 1];

        assertThatThrownBy(() -> SpreadsheetReader.read(big, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("This file is larger than 10 MB, more than an import takes; delete what the import does not"
                        + " need (other sheets, pictures), or import the plan in parts of 10,000 rows a"
                        + " sheet or fewer.");
        assertThatThrownBy(() -> SpreadsheetReader.read(big, ImportSheet.ACTIONS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("larger than 10 MB");
    }

    @Test
    void givenAnUploadOfExactlyTenMegabytes_whenRead_thenItIsLookedAt() {
        byte[] limit = new byte[SpreadsheetReader.MAX_BYTES];

        assertThatThrownBy(() -> SpreadsheetReader.read(limit, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This file is not an Excel workbook (.xlsx)");
    }

    @Test
    void givenAnOldExcelFile_whenRead_thenTheMessageSaysSaveItAsXlsx() {
        HSSFWorkbook xls = new HSSFWorkbook();
        sheet(xls, "Areas", AREAS, row(1, "Voice"));

        assertThatThrownBy(() -> SpreadsheetReader.read(bytes(xls), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("This is an old Excel 97-2003 file (.xls); save it as .xlsx and upload it again.");
    }

    @Test
    void givenAPasswordProtectedWorkbook_whenRead_thenTheMessageSaysItIsPasswordProtected() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Areas", AREAS, row(1, "Voice"));
        byte[] plain = bytes(workbook);
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("council");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
                    OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> SpreadsheetReader.read(encrypted.toByteArray(), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This workbook is password-protected");
    }

    @Test
    void givenAFileThatIsNoWorkbook_whenReadAsAWorkbook_thenItIsRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> SpreadsheetReader.read(csv("Number,Title\n1,Voice\n"), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This file is not an Excel workbook (.xlsx): it is not a kind of file");
        assertThatThrownBy(() -> SpreadsheetReader.read(csv("%PDF-1.7\n..."), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This file is not an Excel workbook (.xlsx): it is a PDF");
        assertThatThrownBy(() -> SpreadsheetReader.read(zip(Map.of("notes.txt", csv("hello"))), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("This file is not an Excel workbook (.xlsx): it is a zip file of something else.");
    }

    @Test
    void givenAWorkbookUploadedAsCsv_whenRead_thenItIsRefused() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Areas", AREAS, row(1, "Voice"));

        assertThatThrownBy(() -> SpreadsheetReader.read(bytes(workbook), ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This is an Excel workbook, not a CSV file");
    }

    @Test
    void givenBinaryBytesUploadedAsCsv_whenRead_thenItIsRefused() {
        byte[] binary = {'N', 'u', 'm', 'b', 'e', 'r', 0, 1, 2, ',', 'x'};

        assertThatThrownBy(() -> SpreadsheetReader.read(binary, ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This file is not CSV text: it holds binary data");
    }

    // ---- zip bombs and XML tricks

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void givenASheetPaddedWithAThousandToOneWhitespace_whenRead_thenItIsRefusedAsAZipBomb() {
        byte[] workbook = workbookWith(sheetOf("Areas", AREAS, row(1, "Voice")));
        String padding = " ".repeat(20 * 1024 * 1024);
        byte[] bomb =
                edit(workbook, "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>", padding + "<sheetData>"));
        assertThat(bomb.length).isLessThan(100 * 1024);

        assertThatThrownBy(() -> SpreadsheetReader.read(bomb, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Part of the workbook unzips to more than 100 times its packed size: it is refused as a"
                        + " possible zip bomb. If it is a plan, copy its sheets into the template and upload that.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void givenPartsThatEachPackWellEnoughButTogetherUnzipPastTheLimit_whenRead_thenItIsRefusedAsAZipBomb() {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(workbookWith(sheetOf("Areas", AREAS))));
        Random random = new Random(7);
        // one random letter in every 40 characters: about 20 to 1 packed, within the ratio a part may have
        byte[] filler = new byte[10 * 1024 * 1024];
        Arrays.fill(filler, (byte) ' ');
        for (int i = 0; i < filler.length; i += 40) {
            filler[i] = (byte) ('a' + random.nextInt(26));
        }
        for (int i = 0; i < 7; i++) {
            entries.put("xl/media/filler" + i + ".bin", filler);
        }
        byte[] bomb = zip(entries);
        assertThat(bomb.length).isLessThan(SpreadsheetReader.MAX_BYTES);

        assertThatThrownBy(() -> SpreadsheetReader.read(bomb, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("The workbook expands to more than 64 MB when unzipped: it is refused as a"
                        + " possible zip bomb");
    }

    @Test
    void givenAZipOfMoreThanAThousandParts_whenRead_thenItIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(workbookWith(sheetOf("Areas", AREAS))));
        for (int i = 0; i < 1_000; i++) {
            entries.put("xl/media/image" + i + ".png", new byte[] {1});
        }

        assertThatThrownBy(() -> SpreadsheetReader.read(zip(entries), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("The workbook has more than 1,000 parts inside it");
    }

    @Test
    void givenASheetWithAnExternalEntity_whenRead_thenItIsRefusedAndTheFileIsNotRead(@TempDir Path dir)
            throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "NOT-FOR-THE-IMPORT");
        byte[] workbook = workbookWith(sheetOf("Areas", AREAS, row(1, "Voice")));
        byte[] xxe = edit(
                workbook,
                "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst(
                                "<worksheet",
                                "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><worksheet")
                        .replace(
                                "</sheetData>",
                                "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                                        + "</sheetData>"));

        Throwable thrown = catchThrowable(() -> SpreadsheetReader.read(xxe, null));

        assertThat(thrown)
                .isInstanceOf(UnreadableFile.class)
                .hasMessage(
                        "This workbook cannot be read: it is damaged (part of it declares a DOCTYPE, which Excel"
                                + " never writes). Open it in Excel, save it as an Excel Workbook (.xlsx) and upload it again.");
        assertThat(thrown.getMessage()).doesNotContain("NOT-FOR-THE-IMPORT");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void givenSharedStringsWithABillionLaughs_whenRead_thenItIsRefused() {
        byte[] workbook = workbookWith(sheetOf("Areas", AREAS, row(1, "Voice")));
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        byte[] laughs = edit(
                workbook,
                "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<sst", doctype + "<sst").replace("<t>Voice</t>", "<t>&lol9;</t>"));

        assertThatThrownBy(() -> SpreadsheetReader.read(laughs, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("declares a DOCTYPE");
    }

    // ---- damaged files

    @Test
    void givenATruncatedWorkbook_whenRead_thenItIsUnreadable() {
        byte[] workbook = workbookWith(sheetOf("Areas", AREAS, row(1, "Voice")));

        assertThatThrownBy(() -> SpreadsheetReader.read(Arrays.copyOf(workbook, workbook.length / 2), null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith(
                        "This file is not an Excel workbook (.xlsx): it is a damaged or unfinished zip");
    }

    @Test
    void givenAWorkbookWithoutItsWorkbookPart_whenRead_thenItIsUnreadable() {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(workbookWith(sheetOf("Areas", AREAS))));
        entries.remove("xl/workbook.xml");

        assertThatThrownBy(() -> SpreadsheetReader.read(zip(entries), null)).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void givenASheetOfBrokenXml_whenRead_thenItIsUnreadable() {
        byte[] broken = edit(
                workbookWith(sheetOf("Areas", AREAS)),
                "xl/worksheets/sheet1.xml",
                xml -> xml.substring(0, xml.indexOf("</sheetData>")));

        assertThatThrownBy(() -> SpreadsheetReader.read(broken, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("part of it is not well-formed XML");
    }

    @Test
    void givenACellPointingPastTheSharedStrings_whenRead_thenItIsUnreadable() {
        byte[] broken = edit(
                workbookWith(sheetOf("Areas", AREAS, row(1, "Voice"))),
                "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<v>2</v>", "<v>99</v>"));

        assertThatThrownBy(() -> SpreadsheetReader.read(broken, null))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("a cell refers to text number 99, which is not there");
    }

    @Test
    void givenAWorkbookDamagedAnywhere_whenRead_thenItIsReadOrRefusedButNeverFailsOtherwise() {
        Object[][] rows = {ACTIONS, row("1.1", 1, "Listen", "Head of service"), row("1.2", 1, "Act", "Director")};
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Actions", rows);
        sheet(workbook, "Areas", AREAS, row(1, "Voice")).addMergedRegion(CellRangeAddress.valueOf("A2:A3"));
        Map<String, byte[]> entries = entries(bytes(workbook));
        Random random = new Random(2024);
        for (int attempt = 0; attempt < 300; attempt++) {
            Map<String, byte[]> damaged = new LinkedHashMap<>(entries);
            String part = List.copyOf(damaged.keySet()).get(random.nextInt(damaged.size()));
            byte[] xml = damaged.get(part).clone();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                xml[random.nextInt(xml.length)] = (byte) " <>/=\"'&0129AZaz:#;x-".charAt(random.nextInt(21));
            }
            damaged.put(part, xml);
            byte[] file = zip(damaged);

            Throwable thrown = catchThrowable(() -> SpreadsheetReader.read(file, null));

            assertThat(thrown)
                    .as("damage to %s, attempt %d", part, attempt)
                    .satisfiesAnyOf(
                            t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(UnreadableFile.class));
        }
    }

    // ---- row limit

    @Test
    void givenASheetOfMoreThanTenThousandRows_whenRead_thenItHasOneProblemAndNoRows() throws IOException {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet areas = workbook.createSheet("Areas");
            sheetRow(areas, 0, AREAS);
            sheetRow(areas, 1, row(1, "Voice"));
            Sheet measurements = workbook.createSheet("Measurements");
            sheetRow(measurements, 0, row("Benefit ref", "Effective date", "Source"));
            for (int r = 1; r <= SpreadsheetReader.MAX_ROWS + 1; r++) {
                sheetRow(measurements, r, row("B1", "2024-03-31", "Survey"));
            }
            workbook.write(out);
            file = out.toByteArray();
        }

        ImportFile read = SpreadsheetReader.read(file, null);

        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        "Measurements",
                        0,
                        null,
                        "The sheet Measurements has more than 10,000 rows of data, more than one import takes;"
                                + " import them in parts of 10,000 rows or fewer."));
        assertThat(rows(read, ImportSheet.MEASUREMENTS)).isEmpty();
        assertThat(rows(read, ImportSheet.AREAS)).hasSize(1);
    }

    @Test
    void givenACsvOfTenThousandRows_whenRead_thenAllAreRead_andOneMoreIsAProblem() {
        String header = "Benefit ref,Effective date,Source\n";
        String tenThousand = "B1,2024-03-31,Survey\n".repeat(SpreadsheetReader.MAX_ROWS);

        ImportFile full = SpreadsheetReader.read(csv(header + tenThousand), ImportSheet.MEASUREMENTS);
        ImportFile over =
                SpreadsheetReader.read(csv(header + tenThousand + "B1,2024-04-30,Survey\n"), ImportSheet.MEASUREMENTS);

        assertThat(full.problems()).isEmpty();
        assertThat(rows(full, ImportSheet.MEASUREMENTS)).hasSize(10_000);
        assertThat(rows(full, ImportSheet.MEASUREMENTS).get(9_999).number()).isEqualTo(10_001);
        assertThat(over.problems())
                .extracting(ImportProblem::message)
                .singleElement()
                .asString()
                .startsWith("The sheet Measurements has more than 10,000 rows");
        assertThat(rows(over, ImportSheet.MEASUREMENTS)).isEmpty();
    }

    // ---- formulas

    @Test
    void givenFormulas_whenRead_thenTheirSavedResultsAreRead_andErrorsOrMissingResultsAreProblems() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet benefits = sheet(
                workbook,
                "Benefits",
                row(
                        "Ref",
                        "Title",
                        "Type",
                        "Measure",
                        "Collection method",
                        "Actions",
                        "Baseline value",
                        "Target value"));
        Row first = benefits.createRow(1);
        formula(first, 0, "\"B\"&\"1\"").setCellValue("B1");
        formula(first, 1, "UPPER(\"care leavers in work\")").setCellValue("CARE LEAVERS IN WORK");
        formula(first, 2, "\"QUANTITATIVE\"").setCellValue("QUANTITATIVE");
        first.createCell(3).setCellValue("Share in work");
        first.createCell(4).setCellValue("Survey");
        formula(first, 5, "TRUE()").setCellValue(true);
        formula(first, 6, "10/4").setCellValue(2.5);
        formula(first, 7, "1/0").setCellErrorValue(FormulaError.DIV0.getCode());
        Row second = benefits.createRow(2);
        second.createCell(0).setCellValue("B2");
        formula(second, 6, "A1*2");

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        SheetRow row = rows(read, ImportSheet.BENEFITS).get(0);
        assertThat(row.cell("Ref").text()).isEqualTo("B1");
        assertThat(row.cell("Title").text()).isEqualTo("CARE LEAVERS IN WORK");
        assertThat(row.cell("Actions").text()).isEqualTo("TRUE");
        assertThat(row.cell("Baseline value")).isEqualTo(new Cell("2.5", new BigDecimal("2.5"), null));
        assertThat(row.cell("Target value")).isEqualTo(Cell.EMPTY);
        assertThat(read.problems())
                .containsExactly(
                        new ImportProblem(
                                "Benefits",
                                2,
                                "Target value",
                                "Cell H2 (Target value) of the sheet Benefits holds a formula whose result is an error"
                                        + " (#DIV/0!); type the value instead."),
                        new ImportProblem(
                                "Benefits",
                                3,
                                "Baseline value",
                                "Cell G3 (Baseline value) of the sheet Benefits holds a formula with no saved result;"
                                        + " type the value instead, or open the file in Excel and save it again."));
    }

    // ---- merged cells

    @Test
    void givenAnAreaMergedDownItsActions_whenRead_thenEveryActionHasTheArea() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet actions = sheet(
                workbook,
                "Actions",
                ACTIONS,
                row("1.1", 1, "Listen to children in care", "Head of service"),
                row("1.2", null, "Answer every letter", "Head of service"),
                row("1.3", null, "Report back", "Director"),
                row("2.1", 2, "Find homes", "Director"));
        actions.addMergedRegion(CellRangeAddress.valueOf("B2:B4"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(rows(read, ImportSheet.ACTIONS))
                .extracting(row -> row.cell("Area").text())
                .containsExactly("1", "1", "1", "2");
        assertThat(read.problems()).isEmpty();
        assertThat(read.notices())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Merged cells on the sheet Actions (B2:B4) are read as if each of their cells held what the"
                                + " first one holds.");
    }

    @Test
    void givenOverlappingMergedCells_whenRead_thenTheyAreAProblem() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet actions = sheet(
                workbook,
                "Actions",
                ACTIONS,
                row("1.1", 1, "Listen", "Head of service"),
                row("1.2", null, "Answer", "Head of service"));
        actions.addMergedRegionUnsafe(CellRangeAddress.valueOf("B2:B3"));
        actions.addMergedRegionUnsafe(CellRangeAddress.valueOf("A3:B3"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems())
                .extracting(ImportProblem::message)
                .containsExactly("Merged cells A3:B3 on the sheet Actions overlap other merged cells; unmerge them and"
                        + " fill each cell in.");
    }

    // ---- hidden sheets, rows and columns

    @Test
    void givenHiddenSheets_whenRead_thenOursWithDataAreProblems_andTheOthersNotices() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Areas", AREAS, row(1, "Voice"));
        sheet(workbook, "Actions", ACTIONS, row("1.1", 1, "Listen", "Head of service"));
        sheet(workbook, "RAG", row("Benefit ref", "Effective date", "RAG"), row("B1", "2024-03-31", "GREEN"));
        sheet(workbook, "Statuses", row("Action ref", "Effective date", "Status"));
        sheet(workbook, "Lists", row("NOT_STARTED"), row("COMPLETED"));
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        workbook.setSheetVisibility(3, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(4, SheetVisibility.HIDDEN);

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.sheets()).extracting(SheetData::sheet).containsExactly(ImportSheet.AREAS);
        assertThat(read.problems())
                .containsExactly(
                        new ImportProblem(
                                "Actions",
                                0,
                                null,
                                "The sheet Actions is hidden: unhide it to check what it holds, or delete it."),
                        new ImportProblem(
                                "RAG",
                                0,
                                null,
                                "The sheet RAG is hidden: unhide it to check what it holds, or delete it."));
        assertThat(read.notices())
                .containsExactly(
                        new ImportProblem(
                                "Statuses", 0, null, "The sheet Statuses is hidden and holds nothing; it is ignored."),
                        new ImportProblem(
                                "Lists", 0, null, "The hidden sheet \"Lists\" is not in the template; it is ignored."));
    }

    @Test
    void givenHiddenRowsAndColumns_whenRead_thenTheyAreReadWithANotice() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet actions = sheet(
                workbook,
                "Actions",
                ACTIONS,
                row("1.1", 1, "Listen", "Head of service"),
                row("1.2", 1, "Answer", "Head of service"),
                row("1.3", 1, "Report", "Director"),
                row("1.4", 1, "Review", "Director"),
                row("1.5", 1, "Close", "Director"));
        actions.getRow(2).setZeroHeight(true);
        actions.getRow(3).setZeroHeight(true);
        actions.getRow(5).setZeroHeight(true);
        actions.setColumnHidden(3, true);

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(rows(read, ImportSheet.ACTIONS)).extracting(SheetRow::number).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows(read, ImportSheet.ACTIONS).get(1).cell("Lead officer").text())
                .isEqualTo("Head of service");
        assertThat(read.notices())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Rows 3 to 4 and 6 of the sheet Actions are hidden; they are imported like the others, so"
                                + " check what they hold.",
                        "The column Lead officer of the sheet Actions is hidden; its cells are imported like the"
                                + " others, so check what they hold.");
    }

    // ---- sheets

    @Test
    void givenSheetsInAnyOrderAndOneNotInTheTemplate_whenRead_thenOursComeInTemplateOrder_andTheOtherIsANotice() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "rag", row("Benefit ref", "Effective date", "RAG"), row("B1", "2024-03-31", "AMBER"));
        sheet(workbook, "Read me", row("How to fill this in"));
        sheet(workbook, "  AREAS ", AREAS, row(1, "Voice"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.sheets()).extracting(SheetData::sheet).containsExactly(ImportSheet.AREAS, ImportSheet.RAG);
        assertThat(read.problems()).isEmpty();
        assertThat(read.notices())
                .containsExactly(new ImportProblem(
                        "Read me", 0, null, "The sheet \"Read me\" is not in the template; it is ignored."));
    }

    @Test
    void givenTheSameSheetTwice_whenRead_thenItIsAProblem_andNeitherIsRead() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Actions", ACTIONS, row("1.1", 1, "Listen", "Head of service"));
        sheet(workbook, "actions ", ACTIONS, row("1.1", 1, "Listen again", "Head of service"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.sheets()).isEmpty();
        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        "Actions",
                        0,
                        null,
                        "The workbook has 2 sheets for Actions: \"Actions\", \"actions \"; keep one and delete the"
                                + " others."));
    }

    // ---- headers

    @Test
    void givenHeadersInAnyCaseAndSpacing_whenRead_thenTheyMatchTheTemplate() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Actions",
                row(" lead   OFFICER ", "title", "AREA", "Ref\u00A0"),
                row("Head of service", "Listen", 1, "1.1"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems()).isEmpty();
        assertThat(rows(read, ImportSheet.ACTIONS).get(0).cells())
                .containsExactly(
                        Map.entry("Ref", new Cell("1.1", null, null)),
                        Map.entry("Area", new Cell("1", BigDecimal.ONE, null)),
                        Map.entry("Title", new Cell("Listen", null, null)),
                        Map.entry("Lead officer", new Cell("Head of service", null, null)));
    }

    @Test
    void givenARequiredColumnMissing_whenRead_thenItIsAProblemOfRowOne() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Actions", row("Ref", "Area", "Title"), row("1.1", 1, "Listen"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        "Actions",
                        1,
                        "Lead officer",
                        "The sheet Actions has no column Lead officer, which it needs; add it to row 1, spelt as in"
                                + " the template."));
        assertThat(rows(read, ImportSheet.ACTIONS)).isEmpty();
    }

    @Test
    void givenAColumnNotInTheTemplate_whenRead_thenItIsANotice_andItsCellsAreIgnored() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Actions",
                row("Ref", "Area", "Title", "Lead officer", "Owner"),
                row("1.1", 1, "Listen", "Head of service", "Someone"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems()).isEmpty();
        assertThat(rows(read, ImportSheet.ACTIONS).get(0).cells())
                .doesNotContainKey("Owner")
                .hasSize(4);
        assertThat(read.notices())
                .containsExactly(new ImportProblem(
                        "Actions",
                        1,
                        "Owner",
                        "The column E of the sheet Actions, headed \"Owner\", is not in the template; its cells are"
                                + " ignored."));
    }

    @Test
    void givenATemplateHeaderTwice_whenRead_thenItIsAProblem() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Actions",
                row("Ref", "Area", "Title", "Lead officer", "TITLE"),
                row("1.1", 1, "Listen", "Head of service", "Hear"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        "Actions",
                        1,
                        "Title",
                        "The sheet Actions has more than one column headed Title (columns C and E); keep one and"
                                + " delete the others."));
        assertThat(rows(read, ImportSheet.ACTIONS)).isEmpty();
    }

    @Test
    void givenDataUnderAnEmptyHeader_whenRead_thenItIsANotice() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Actions",
                ACTIONS,
                row("1.1", 1, "Listen", "Head of service"),
                row("1.2", 1, "Answer", "Head of service", null, null, "stray note"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(read.problems()).isEmpty();
        assertThat(read.notices())
                .containsExactly(new ImportProblem(
                        "Actions",
                        3,
                        null,
                        "Column G of the sheet Actions has no header in row 1 but holds data (first in row 3); it is"
                                + " ignored."));
    }

    // ---- notes row, empty rows, cells

    @Test
    void givenRowTwoThatIsNotTheNotesRow_whenRead_thenItIsData() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Areas", AREAS, row(1, "Voice"), row(2, "Family"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(rows(read, ImportSheet.AREAS)).extracting(SheetRow::number).containsExactly(2, 3);
    }

    @Test
    void givenTheNotesRowRetypedInOtherCase_whenRead_thenItIsSkipped() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        List<ImportColumn> columns = ImportSheet.AREAS.columns();
        sheet(
                workbook,
                "Areas",
                AREAS,
                row(
                        columns.get(0).note().toUpperCase(),
                        "  " + columns.get(1).note().replace(":", " -")),
                row(1, "Voice"));

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(rows(read, ImportSheet.AREAS)).extracting(SheetRow::number).containsExactly(3);
    }

    @Test
    void givenEmptyAndBlankRows_whenRead_thenTheyAreSkipped_andTheOthersKeepTheirNumbers() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet areas = sheet(workbook, "Areas", AREAS, row(1, "Voice"), row("   ", " \t "), row(), row(2, "Family"));
        areas.createRow(7);

        ImportFile read = SpreadsheetReader.read(bytes(workbook), null);

        assertThat(rows(read, ImportSheet.AREAS)).extracting(SheetRow::number).containsExactly(2, 5);
    }

    @Test
    void givenCellsOfEveryKind_whenRead_thenEachReadsAsTheOfficerSeesIt() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet benefits = sheet(
                workbook,
                "Benefits",
                row(
                        "Ref",
                        "Title",
                        "Type",
                        "Measure",
                        "Collection method",
                        "Actions",
                        "Baseline value",
                        "Target value",
                        "Baseline date",
                        "Unit"),
                row(
                        "  B1  ",
                        "Care leavers in work",
                        "QUANTITATIVE",
                        "Share\nin work",
                        true,
                        "1.1, 1.2",
                        12,
                        1e20,
                        LocalDate.of(2023, 3, 31),
                        0.1 + 0.2));
        benefits.getRow(1).createCell(10).setCellErrorValue(FormulaError.NA.getCode());
        benefits.getRow(1).createCell(11).setCellErrorValue(FormulaError.NA.getCode());
        benefits.getRow(0).createCell(11).setCellValue("Direction");
        // POI cannot write a control character; Excel writes it escaped, and an underscore that would read as one
        byte[] file = edit(
                bytes(workbook),
                "xl/sharedStrings.xml",
                xml -> xml.replace("Care leavers in work", "Care leavers_x0007_ in work_x005F_x0031_"));

        ImportFile read = SpreadsheetReader.read(file, null);

        SheetRow row = rows(read, ImportSheet.BENEFITS).get(0);
        assertThat(row.cell("Ref").text()).isEqualTo("B1");
        assertThat(row.cell("Title").text()).isEqualTo("Care leavers\u0007 in work_x0031_");
        assertThat(row.cell("Measure").text()).isEqualTo("Share\nin work");
        assertThat(row.cell("Collection method").text()).isEqualTo("TRUE");
        assertThat(row.cell("Baseline value")).isEqualTo(new Cell("12", new BigDecimal("12"), null));
        assertThat(row.cell("Target value").text()).isEqualTo("100000000000000000000");
        assertThat(row.cell("Baseline date").date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(row.cell("Baseline date").text()).isEqualTo("2023-03-31");
        assertThat(row.cell("Unit").text()).isEqualTo("0.3");
        assertThat(row.cell("Direction")).isEqualTo(Cell.EMPTY);
        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        "Benefits",
                        2,
                        "Direction",
                        "Cell L2 (Direction) of the sheet Benefits holds an error (#N/A); type the value instead."));
    }

    @Test
    void givenAWorkbookCountingDatesFrom1904_whenRead_thenDatesAreTheSame() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Statuses",
                row("Action ref", "Effective date", "Status"),
                row("1.1", LocalDate.of(2024, 2, 29), "COMPLETED"));
        byte[] file =
                edit(bytes(workbook), "xl/workbook.xml", xml -> xml.replace("date1904=\"false\"", "date1904=\"true\""));
        // the same day, counted in the 1904 system: 1,462 days fewer
        byte[] shifted = edit(file, "xl/worksheets/sheet1.xml", xml -> xml.replace("<v>45351.0</v>", "<v>43889</v>"));

        ImportFile read = SpreadsheetReader.read(shifted, null);

        assertThat(rows(read, ImportSheet.STATUSES)
                        .get(0)
                        .cell("Effective date")
                        .date())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    // ---- CSV

    @Test
    void givenACsvWithAByteOrderMarkAndTheNotesRow_whenRead_thenItReadsAsTheSheet() {
        String notes = ImportSheet.AREAS.columns().stream()
                .map(column -> "\"" + column.note() + "\"")
                .collect(Collectors.joining(","));
        byte[] file = csv("\uFEFFNumber,Title\r\n" + notes + "\r\n1,Voice\r\n2,\"Family, and friends\"\r\n");

        ImportFile read = SpreadsheetReader.read(file, ImportSheet.AREAS);

        assertThat(read.problems()).isEmpty();
        assertThat(rows(read, ImportSheet.AREAS))
                .containsExactly(
                        new SheetRow(
                                3, Map.of("Number", new Cell("1", null, null), "Title", new Cell("Voice", null, null))),
                        new SheetRow(
                                4,
                                Map.of(
                                        "Number",
                                        new Cell("2", null, null),
                                        "Title",
                                        new Cell("Family, and friends", null, null))));
    }

    @Test
    void givenACsvThatIsNotUtf8_whenRead_thenItIsRefusedNamingTheLine() {
        byte[] latin1 = "Number,Title\n1,Voice\n2,Cost \u00A3\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SpreadsheetReader.read(latin1, ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("This CSV file is not UTF-8 text (line 3 has a character that is not); save the sheet as"
                        + " CSV UTF-8 (Comma delimited) and upload it again.");
    }

    @Test
    void givenACsvInUtf16_whenRead_thenItIsRefused() {
        byte[] utf16 = "\uFEFFNumber,Title\n".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> SpreadsheetReader.read(utf16, ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This CSV file is not UTF-8 text");
    }

    @Test
    void givenRaggedCsvRows_whenRead_thenMissingCellsAreEmpty() {
        byte[] file = csv("Ref,Area,Title,Lead officer,Due date\n1.1,1\n1.2,1,Answer,Director,2024-03-31,extra\n");

        ImportFile read = SpreadsheetReader.read(file, ImportSheet.ACTIONS);

        assertThat(rows(read, ImportSheet.ACTIONS).get(0).cells()).containsOnlyKeys("Ref", "Area");
        assertThat(rows(read, ImportSheet.ACTIONS).get(1).cell("Due date").text())
                .isEqualTo("2024-03-31");
        assertThat(read.notices())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Column F of the sheet Actions has no header in row 1 but holds data (first in row 3); it is ignored.");
    }

    @Test
    void givenQuotedLineBreaks_whenRead_thenRowsAreNumberedByRecord() {
        byte[] file = csv("Number,Title\n1,\"Voice\nand choice\"\n\n2,Family\n");

        ImportFile read = SpreadsheetReader.read(file, ImportSheet.AREAS);

        assertThat(rows(read, ImportSheet.AREAS)).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(rows(read, ImportSheet.AREAS).get(0).cell("Title").text()).isEqualTo("Voice\nand choice");
    }

    @Test
    void givenACsvWithAQuoteNeverClosed_whenRead_thenItIsRefusedNamingTheLine() {
        byte[] file = csv("Number,Title\n1,\"Voice\nand choice\"\n2,\"Family\n3,Care\n");

        assertThatThrownBy(() -> SpreadsheetReader.read(file, ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("This CSV file ends inside a quoted field: a double quote (\") in row 3, which starts on"
                        + " line 4, is never closed. Check that row for a stray quote, or save the sheet as CSV UTF-8"
                        + " (Comma delimited) and upload it again.");
    }

    @Test
    void givenACsvWithTextAfterAClosingQuote_whenRead_thenItIsRefusedNamingTheLine() {
        byte[] file = csv("Number,Title\n1,Voice\n2,\"Family\" and friends\n");

        assertThatThrownBy(() -> SpreadsheetReader.read(file, ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage(
                        "Row 3 of this CSV file, which starts on line 3, has a quoted field with more text after its"
                                + " closing quote; put the whole field in quotes and double any quote inside it (\"\"), or save"
                                + " the sheet as CSV UTF-8 (Comma delimited) and upload it again.");
    }

    @Test
    void givenACsvSeparatedBySemicolons_whenRead_thenItIsRefusedSayingSo() {
        assertThatThrownBy(() -> SpreadsheetReader.read(csv("Number;Title\n1;Voice\n"), ImportSheet.AREAS))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("This CSV file separates its columns with semicolons, not commas");
    }

    @Test
    void givenAnEmptyCsv_whenRead_thenTheSheetHasNoRows() {
        ImportFile read = SpreadsheetReader.read(new byte[0], ImportSheet.STATUSES);

        assertThat(read.sheets()).containsExactly(new SheetData(ImportSheet.STATUSES, List.of()));
        assertThat(read.problems()).isEmpty();
    }

    // ---- helpers

    private static List<SheetRow> rows(ImportFile file, ImportSheet sheet) {
        return file.sheets().stream()
                .filter(data -> data.sheet() == sheet)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + sheet + " in " + file))
                .rows();
    }

    private static org.apache.poi.ss.usermodel.Cell formula(Row row, int column, String formula) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        return cell;
    }

    private static void sheetRow(Sheet sheet, int index, Object[] cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            Workbooks.put(row, c, cells[c]);
        }
    }

    private record SheetSpec(String name, Object[][] rows) {}

    private static SheetSpec sheetOf(String name, Object[]... rows) {
        return new SheetSpec(name, rows);
    }

    private static byte[] workbookWith(SheetSpec... sheets) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (SheetSpec spec : sheets) {
            sheet(workbook, spec.name(), spec.rows());
        }
        return bytes(workbook);
    }
}
