package org.promisetracker.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The import API over real HTTP, against the whole application and a real PostgreSQL: seed 003's
 * action plan (South Lanarkshire's Corporate Parenting Action Plan 2018-2020, its four core
 * commitments and eight actions with their lead officers and timescales) from a workbook the test
 * builds, with an illustrative benefit and its history; the plan it makes is the plan the API makes
 * from the same content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
class ImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    DataSource dataSource;

    Http api;
    String planId;

    @BeforeEach
    void createPlan() {
        api = new Http(port);
        planId = newPlan();
    }

    @Test
    void
            givenSeed003InAWorkbook_whenPreviewedImportedAndImportedAgain_thenThePlanIsTheOneTheApiBuildsAndNothingDoubles()
                    throws IOException {
        byte[] workbook = Seed003Workbook.of(true);
        long before = eventCount();

        JsonNode preview = imports(planId, workbook, true, "admin");

        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(counts(preview))
                .containsExactly(
                        "Areas 4 4 0",
                        "Actions 8 8 0",
                        "Benefits 1 1 0",
                        "Statuses 2 2 0",
                        "Measurements 3 3 0",
                        "RAG 1 1 0");
        assertThat(preview.get("problems").isEmpty()).isTrue();
        assertThat(eventCount()).as("a dry run stores nothing").isEqualTo(before);

        JsonNode imported = imports(planId, workbook, false, "admin");

        assertThat(imported.get("created").asInt()).isEqualTo(19);
        assertThat(eventCount()).isEqualTo(before + 19);

        String viaApi = newPlan();
        buildSeed003ThroughTheApi(viaApi);
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        assertThat(dashboardShape(planId)).isEqualTo(dashboardShape(viaApi)).isNotEmpty();
        String actionId = api.get("/api/v1/plans/" + planId + "/dashboard", "viewer")
                .ok()
                .get("areas")
                .get(0)
                .get("actions")
                .get(0)
                .get("actionId")
                .asString();
        JsonNode history =
                api.get("/api/v1/actions/" + actionId + "/history", "officer").ok();
        assertThat(history.get("entries"))
                .as("recorded by the importing user, as the API records")
                .hasSize(2)
                .allSatisfy(
                        entry -> assertThat(entry.get("recordedBy").asString()).isEqualTo("admin"));

        JsonNode again = imports(planId, workbook, false, "admin");

        assertThat(again.get("created").asInt()).isZero();
        assertThat(counts(again))
                .containsExactly(
                        "Areas 4 0 4",
                        "Actions 8 0 8",
                        "Benefits 1 0 1",
                        "Statuses 2 0 2",
                        "Measurements 3 0 3",
                        "RAG 1 0 1");
        assertThat(eventCount()).isEqualTo(before + 19 + eventsOfTheApiPlan());
    }

    @Test
    void givenAWrongRow_whenPreviewedOrImported_then400NamingSheetRowAndColumnAndNothingStored() throws IOException {
        byte[] workbook = Seed003Workbook.with(actions -> actions.get(3)[1] = 11);
        long before = eventCount();

        for (boolean dryRun : new boolean[] {true, false}) {
            Http.Response answer = upload(planId, workbook, dryRun, "admin");

            assertThat(answer.status()).isEqualTo(400);
            JsonNode problem = answer.json();
            assertThat(problem.get("problems")).hasSize(1);
            JsonNode wrong = problem.get("problems").get(0);
            assertThat(wrong.get("sheet").asString()).isEqualTo("Actions");
            assertThat(wrong.get("row").asInt()).isEqualTo(5); // the header, then the fourth action
            assertThat(wrong.get("column").asString()).isEqualTo("Area");
            assertThat(wrong.get("message").asString())
                    .isEqualTo("there is no area 11 in this plan or in the file's Areas sheet");
            assertThat(problem.get("errors").get(0).get("message").asString())
                    .isEqualTo("Actions row 5, Area: there is no area 11 in this plan or in the file's Areas sheet");
            assertThat(problem.get("detail").asString()).contains("1 problem; nothing was imported");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void givenHostileText_whenImported_thenTheServiceRulesNameTheCellAndNothingIsStored() throws IOException {
        imports(planId, Seed003Workbook.of(false), false, "admin");
        String csv = "Ref,Area,Title,Lead officer\r\n"
                + "5.1,1,Close the gap\u0007,Service Manager\r\n"
                + "5.2,1,\"Brief partners\",\"" + "x".repeat(301) + "\"\r\n";
        long before = eventCount();

        JsonNode problem = api.upload(
                        path(planId, false) + "&sheet=Actions",
                        "admin",
                        "file",
                        "actions.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))
                .json();

        assertThat(problem.get("problems"))
                .extracting(p -> p.get("row").asInt() + " " + p.get("column").asString())
                .containsExactly("2 Title", "3 Lead officer");
        assertThat(problem.get("problems").get(0).get("message").asString())
                .startsWith("remove the control character U+0007");
        assertThat(problem.get("problems").get(1).get("message").asString())
                .isEqualTo("keep this to 300 characters or fewer; it has 301");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void givenFilesThatAreNotSpreadsheets_whenUploaded_thenA400ProblemAndNothingStored() throws IOException {
        long before = eventCount();

        List<Http.Response> answers = List.of(
                api.upload(
                        path(planId, true),
                        "admin",
                        "file",
                        "notes.txt",
                        "text/plain",
                        "just some words".getBytes(StandardCharsets.UTF_8)),
                api.upload(
                        path(planId, true), "admin", "file", "old.xls", "application/vnd.ms-excel", oldExcelHeader()),
                api.upload(path(planId, true), "admin", "file", "empty.xlsx", XLSX, new byte[0]),
                api.upload(path(planId, true), "admin", "file", "bomb.xlsx", XLSX, zipBomb()),
                api.upload(
                        path(planId, true) + "&sheet=Bogus",
                        "admin",
                        "file",
                        "a.csv",
                        "text/csv",
                        "Ref\n1.1\n".getBytes(StandardCharsets.UTF_8)),
                api.post(path(planId, true), "admin", "{\"file\": \"not multipart\"}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.raw().body()).isIn(400, 415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertThat(answers.get(0).json().get("detail").asString()).isNotBlank();
        assertThat(answers.get(3).json().get("detail").asString()).contains("zip bomb");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void givenACsvOfOneSheet_whenImportedAfterTheWorkbook_thenItAddsToThePlan() throws IOException {
        imports(planId, Seed003Workbook.of(false), false, "admin");
        String csv = "Action ref,Effective date,Status,Comment\r\n"
                + "1.1,2019-06-30,ON_TARGET,Champions Board established (illustrative)\r\n"
                + "3.2,2019-09-30,completed,\r\n";

        JsonNode imported = new Http(port)
                .upload(
                        path(planId, false) + "&sheet=statuses",
                        "admin",
                        "file",
                        "statuses.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))
                .ok();

        assertThat(counts(imported)).containsExactly("Statuses 2 2 0");
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        assertThat(dashboardShape(planId)).anyMatch(line -> line.startsWith("3.2 COMPLETED "));
    }

    @Test
    void givenAnImportOfThePlanUnderWayElsewhere_whenAnotherIsSent_then409AndNothingStored() throws Exception {
        byte[] workbook = Seed003Workbook.of(false);
        long before = eventCount();
        // another node's import holds the plan's lock: the same advisory lock, in a database session of its own
        try (Connection otherNode = dataSource.getConnection();
                PreparedStatement lock = otherNode.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, importLockKey(planId));
            lock.execute();

            Http.Response refused = upload(planId, workbook, false, "admin");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo("Another import into this plan is under way; try again when it has finished.");
            assertThat(imports(planId, workbook, true, "admin").get("created").asInt())
                    .as("a preview sends nothing and needs no lock")
                    .isZero();
            assertThat(eventCount()).isEqualTo(before);
            try (PreparedStatement unlock = otherNode.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, importLockKey(planId));
                unlock.execute();
            }
        }

        assertThat(imports(planId, workbook, false, "admin").get("created").asInt())
                .as("once the other import is over: 4 areas, 8 actions, 1 benefit")
                .isEqualTo(13);
    }

    /** ImportLocks' key: the first 64 bits of the SHA-256 of "promise-tracker import " and the plan id. */
    private static long importLockKey(String plan) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("promise-tracker import " + plan).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    @Test
    void givenRoles_whenImportingOrDownloadingTheTemplate_thenOnlyAnAdminMay() throws IOException {
        byte[] workbook = Seed003Workbook.of(false);
        long before = eventCount();

        assertThat(upload(planId, workbook, true, "officer").status()).isEqualTo(403);
        assertThat(upload(planId, workbook, false, "viewer").status()).isEqualTo(403);
        assertThat(upload(planId, workbook, false, null).status()).isEqualTo(401);
        assertThat(upload("no-such-plan", workbook, true, "admin").status()).isEqualTo(404);
        assertThat(api.download("/api/v1/imports/template", "officer", Map.of()).statusCode())
                .isEqualTo(403);
        var template = api.download("/api/v1/imports/template", "admin", Map.of());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(read.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ref");
            assertThat(read.getNumberOfSheets()).isEqualTo(6);
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    /** A workbook-shaped zip whose one sheet unzips to 100 MB of spaces from about 100 KB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    /** The first bytes of an Excel 97-2003 file (an OLE2 compound document), and nothing else. */
    private static byte[] oldExcelHeader() {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        return ole2;
    }

    // the same plan through the API

    private void buildSeed003ThroughTheApi(String plan) {
        Map<Integer, String> areaIds = new LinkedHashMap<>();
        for (int i = 0; i < Seed003Workbook.COMMITMENTS.size(); i++) {
            areaIds.put(
                    i + 1,
                    created(api.post(
                            "/api/v1/plans/" + plan + "/areas",
                            "admin",
                            Map.of("number", i + 1, "title", Seed003Workbook.COMMITMENTS.get(i)))));
        }
        Map<String, String> actionIds = new LinkedHashMap<>();
        for (Object[] action : Seed003Workbook.ACTIONS) {
            actionIds.put(
                    (String) action[0],
                    created(api.post(
                            "/api/v1/plans/" + plan + "/actions",
                            "admin",
                            Map.of(
                                    "areaId", areaIds.get((Integer) action[1]),
                                    "ref", action[0],
                                    "title", action[2],
                                    "leadOfficer", action[3],
                                    "dueDate", action[4].toString()))));
        }
        Map<String, Object> benefit = new LinkedHashMap<>();
        benefit.put("ref", "B4.2");
        benefit.put("actionIds", List.of(actionIds.get("4.2"), actionIds.get("4.1")));
        benefit.put("title", "Care leavers with a single point of contact for aftercare (illustrative)");
        benefit.put("type", "QUANTITATIVE");
        benefit.put("measure", "Percentage of care leavers with a named aftercare contact");
        benefit.put("collectionMethod", "Quarterly count from the throughcare team");
        benefit.put("unit", "%");
        benefit.put("direction", "HIGHER_IS_BETTER");
        benefit.put("baseline", Map.of("value", 40, "date", "2018-09-30"));
        benefit.put("target", Map.of("value", 90, "date", "2020-07-31"));
        String benefitId = created(api.post("/api/v1/plans/" + plan + "/benefits", "admin", benefit));
        status(actionIds.get("1.1"), "2019-03-31", "ON_TARGET", "Champions Board established (illustrative)");
        status(actionIds.get("4.2"), "2019-03-31", "PROGRESSING", null);
        for (String[] m : new String[][] {{"2018-12-31", "48"}, {"2019-03-31", "55"}, {"2019-06-30", "61.5"}}) {
            created(api.post(
                    "/api/v1/benefits/" + benefitId + "/measurements",
                    "admin",
                    Map.of(
                            "effectiveDate",
                            m[0],
                            "value",
                            Double.parseDouble(m[1]),
                            "source",
                            "Throughcare team (illustrative)")));
        }
        assertThat(api.post(
                                "/api/v1/benefits/" + benefitId + "/rag",
                                "admin",
                                Map.of(
                                        "rag",
                                        "AMBER",
                                        "effectiveDate",
                                        "2019-06-30",
                                        "rationale",
                                        "Rising, but short of 90% (illustrative)"))
                        .status())
                .isBetween(200, 201);
    }

    /** The plan, then the same 19 facts as the workbook's. */
    private static long eventsOfTheApiPlan() {
        return 1 + 19;
    }

    private void status(String actionId, String date, String status, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("effectiveDate", date);
        if (comment != null) {
            body.put("comment", comment);
        }
        assertThat(api.post("/api/v1/actions/" + actionId + "/status", "admin", body)
                        .status())
                .isEqualTo(200);
    }

    private String newPlan() {
        return created(api.post(
                "/api/v1/plans",
                "admin",
                Map.of(
                        "title", "South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020",
                        "organisation", "South Lanarkshire Council",
                        "startDate", "2018-04-01",
                        "endDate", "2020-12-31",
                        "areaLabel", "Core commitment")));
    }

    // reading

    private JsonNode imports(String plan, byte[] workbook, boolean dryRun, String user) {
        Http.Response answer = upload(plan, workbook, dryRun, user);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    private Http.Response upload(String plan, byte[] workbook, boolean dryRun, String user) {
        return api.upload(path(plan, dryRun), user, "file", "plan.xlsx", XLSX, workbook);
    }

    private static String path(String plan, boolean dryRun) {
        return "/api/v1/plans/" + plan + "/imports?dryRun=" + dryRun;
    }

    private static List<String> counts(JsonNode answer) {
        List<String> counts = new ArrayList<>();
        answer.get("sheets")
                .forEach(c -> counts.add(c.get("sheet").asString() + " "
                        + c.get("rows").asInt() + " " + c.get("toCreate").asInt() + " "
                        + c.get("unchanged").asInt()));
        return counts;
    }

    /** The dashboard without its ids: areas, actions and benefits as a committee reads them. */
    private List<String> dashboardShape(String plan) {
        List<String> shape = new ArrayList<>();
        JsonNode dashboard = api.get("/api/v1/plans/" + plan + "/dashboard?asAt=2019-12-31", "viewer")
                .ok();
        for (JsonNode area : dashboard.get("areas")) {
            shape.add(area.get("number").asInt() + " " + area.get("title").asString());
            for (JsonNode action : area.get("actions")) {
                shape.add(action.get("ref").asString() + " "
                        + action.get("status").asString() + " "
                        + action.get("title").asString() + " / "
                        + action.get("leadOfficer").asString() + " / "
                        + action.get("dueDate").asString() + " / "
                        + action.path("statusComment").asString(""));
            }
            for (JsonNode benefit : area.get("benefits")) {
                shape.add(
                        benefit.get("ref").asString() + " " + benefit.get("rag").asString() + " "
                                + benefit.get("title").asString() + " latest " + latest(benefit) + " "
                                + benefit.get("trend").asString());
            }
        }
        return shape;
    }

    private static String latest(JsonNode benefit) {
        JsonNode value = benefit.path("latestMeasurement").path("value");
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : "none";
    }

    private long eventCount() {
        return new StoredEvents(eventStore).count();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
