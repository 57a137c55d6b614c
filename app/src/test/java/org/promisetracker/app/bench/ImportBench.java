package org.promisetracker.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.promisetracker.app.support.Workbooks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import's row of the benchmark: one workbook (at 1,000 rows: 10 areas, 290 actions, 100 benefits,
 * 400 measurements, 200 RAG assessments; illustrative figures) previewed, then imported, into an
 * empty plan of the packaged service; beside it, the same 1,000 commands sent one by one over the
 * JSON API into another empty plan, by one client, the way a script would type the plan in.
 */
final class ImportBench {

    private static final int ACTIONS_PER_AREA = 29;
    private static final int MEASUREMENTS_PER_BENEFIT = 4;
    private static final int ASSESSMENTS_PER_BENEFIT = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate FIRST_QUARTER = LocalDate.of(2022, 3, 31);

    private final HttpClient http;
    private final String base;
    private final String auth;

    /** Per ten rows: one benefit, its four measurements and two assessments, and three tenths of an area. */
    private final int areas;

    private final int benefits;
    private final int rows;

    ImportBench(HttpClient http, String base, String auth, int rows) {
        this.http = http;
        this.base = base;
        this.auth = auth;
        this.areas = Math.max(1, rows / 100);
        this.benefits = Math.max(1, rows / 10);
        this.rows =
                areas * (1 + ACTIONS_PER_AREA) + benefits * (1 + MEASUREMENTS_PER_BENEFIT + ASSESSMENTS_PER_BENEFIT);
    }

    List<Benchmark.Row> run() throws Exception {
        byte[] workbook = workbook();
        String imported = plan();
        long began = System.nanoTime();
        upload(imported, workbook, true);
        double dryRun = seconds(began);
        began = System.nanoTime();
        String answer = upload(imported, workbook, false);
        double real = seconds(began);
        int created = JSON.readTree(answer).get("created").asInt();
        if (created != rows) {
            throw new IllegalStateException("The import created " + created + " of " + rows + " rows: " + answer);
        }
        String typed = plan();
        began = System.nanoTime();
        sendDirectly(typed);
        double direct = seconds(began);
        System.out.printf(
                "bench: import of %d rows: dry run %.2f s, import %.2f s; the same commands over the JSON API %.2f s%n",
                rows, dryRun, real, direct);
        return List.of(
                new Benchmark.Row(
                        "import",
                        String.format("%,d-row workbook, dry run (rows/s)", rows),
                        rows / dryRun,
                        "rows/s",
                        "the same commands over the JSON API, 1 client",
                        rows / direct,
                        "-",
                        null),
                new Benchmark.Row(
                        "import",
                        String.format("%,d-row workbook, imported (rows/s)", rows),
                        rows / real,
                        "rows/s",
                        "the same commands over the JSON API, 1 client",
                        rows / direct,
                        "-",
                        null));
    }

    /** The workbook, in the template's shape (no notes row: the reader takes row 2 as data then). */
    byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet areaSheet = Workbooks.sheet(book, "Areas", "Number", "Title");
            Sheet actionSheet = Workbooks.sheet(book, "Actions", "Ref", "Area", "Title", "Lead officer", "Due date");
            for (int a = 1; a <= areas; a++) {
                Workbooks.row(areaSheet, null, a, "Improvement area " + a + " (illustrative)");
                for (int n = 1; n <= ACTIONS_PER_AREA; n++) {
                    Workbooks.row(
                            actionSheet,
                            null,
                            a + "." + n,
                            a,
                            "Action " + a + "." + n + " (illustrative)",
                            "Service Manager",
                            "2025-03-31");
                }
            }
            Sheet benefitSheet = Workbooks.sheet(
                    book, "Benefits", "Ref", "Title", "Type", "Measure", "Collection method", "Unit", "Actions");
            Sheet measurements =
                    Workbooks.sheet(book, "Measurements", "Benefit ref", "Effective date", "Value", "Source");
            Sheet assessments = Workbooks.sheet(book, "RAG", "Benefit ref", "Effective date", "RAG", "Rationale");
            for (int b = 1; b <= benefits; b++) {
                Workbooks.row(
                        benefitSheet,
                        null,
                        "B" + b,
                        "Benefit " + b + " (illustrative)",
                        "QUANTITATIVE",
                        "Percentage",
                        "Quarterly return",
                        "%",
                        actionRef(b));
                for (int q = 0; q < MEASUREMENTS_PER_BENEFIT; q++) {
                    Workbooks.row(
                            measurements,
                            null,
                            "B" + b,
                            quarter(q).toString(),
                            40 + q * 5 + b % 7,
                            "Quarterly return (illustrative)");
                }
                for (int q = 0; q < ASSESSMENTS_PER_BENEFIT; q++) {
                    Workbooks.row(
                            assessments,
                            null,
                            "B" + b,
                            quarter(q * 2).toString(),
                            q == 0 ? "AMBER" : "GREEN",
                            "Quarterly review (illustrative)");
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private void sendDirectly(String plan) throws Exception {
        Map<Integer, String> areaIds = new LinkedHashMap<>();
        Map<String, String> actionIds = new LinkedHashMap<>();
        for (int a = 1; a <= areas; a++) {
            areaIds.put(
                    a,
                    id(post(
                            "/api/v1/plans/" + plan + "/areas",
                            Map.of("number", a, "title", "Improvement area " + a + " (illustrative)"))));
            for (int n = 1; n <= ACTIONS_PER_AREA; n++) {
                String ref = a + "." + n;
                actionIds.put(
                        ref,
                        id(post(
                                "/api/v1/plans/" + plan + "/actions",
                                Map.of(
                                        "areaId",
                                        areaIds.get(a),
                                        "ref",
                                        ref,
                                        "title",
                                        "Action " + ref + " (illustrative)",
                                        "leadOfficer",
                                        "Service Manager",
                                        "dueDate",
                                        "2025-03-31"))));
            }
        }
        for (int b = 1; b <= benefits; b++) {
            String benefit = id(post(
                    "/api/v1/plans/" + plan + "/benefits",
                    Map.of(
                            "ref",
                            "B" + b,
                            "title",
                            "Benefit " + b + " (illustrative)",
                            "type",
                            "QUANTITATIVE",
                            "measure",
                            "Percentage",
                            "collectionMethod",
                            "Quarterly return",
                            "unit",
                            "%",
                            "actionIds",
                            List.of(actionIds.get(actionRef(b))))));
            for (int q = 0; q < MEASUREMENTS_PER_BENEFIT; q++) {
                post(
                        "/api/v1/benefits/" + benefit + "/measurements",
                        Map.of(
                                "effectiveDate",
                                quarter(q).toString(),
                                "value",
                                40 + q * 5 + b % 7,
                                "source",
                                "Quarterly return (illustrative)"));
            }
            for (int q = 0; q < ASSESSMENTS_PER_BENEFIT; q++) {
                post(
                        "/api/v1/benefits/" + benefit + "/rag",
                        Map.of(
                                "effectiveDate",
                                quarter(q * 2).toString(),
                                "rag",
                                q == 0 ? "AMBER" : "GREEN",
                                "rationale",
                                "Quarterly review (illustrative)"));
            }
        }
    }

    private String plan() throws Exception {
        return id(post(
                "/api/v1/plans",
                Map.of(
                        "title", "Import benchmark plan (illustrative)",
                        "organisation", "Benchmark Council",
                        "startDate", "2021-04-01",
                        "endDate", "2030-03-31",
                        "areaLabel", "Improvement area")));
    }

    private String upload(String plan, byte[] workbook, boolean dryRun) throws IOException, InterruptedException {
        String boundary = "----bench-" + System.nanoTime();
        byte[] form = Workbooks.multipart(
                boundary,
                "file",
                "plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/" + plan + "/imports?dryRun=" + dryRun))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String created) {
        return JSON.readTree(created).get("id").asString();
    }

    private String actionRef(int benefit) {
        return (1 + (benefit - 1) % areas) + "." + (1 + (benefit - 1) / areas);
    }

    private static LocalDate quarter(int q) {
        return FIRST_QUARTER.plusMonths(3L * q);
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
