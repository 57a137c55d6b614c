package org.promisetracker.web.imports;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.promisetracker.web.http.Problems;
import org.promisetracker.web.security.ApiAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.promisetracker.web.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API: the template, and a file (a workbook, or one sheet as CSV) previewed or imported
 * into a plan. A file with any problem is a 400 carrying every problem, and nothing is stored.
 */
@RestController
public class ImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    /** A plan's administrators import into it; the template is for whoever administers some plan. */
    @Bean
    static ApiAuthorization importAccessRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(GET, "/api/v1/imports/template")
                .access(plans.onSomePlan(Role.ADMIN))
                .requestMatchers(POST, "/api/v1/plans/{planId}/imports")
                .access(plans.anyOf(Role.ADMIN));
    }

    @GetMapping("/api/v1/imports/template")
    ResponseEntity<byte[]> template() {
        return templateDownload();
    }

    /** The template as a download, for the API and the import page alike. */
    static ResponseEntity<byte[]> templateDownload() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("promise-tracker-import-template.xlsx")
                                .build()
                                .toString())
                .body(ImportTemplate.xlsx());
    }

    @PostMapping(path = "/api/v1/plans/{planId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(
            @PathVariable String planId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) String sheet)
            throws IOException {
        ImportSheet csvSheet = null;
        if (sheet != null) {
            csvSheet = ImportSheet.named(sheet).orElse(null);
            if (csvSheet == null) {
                return ResponseEntity.badRequest()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.invalid(
                                "There is no sheet " + sheet + " in the template.",
                                List.of(new Problems.FieldError("sheet", "must be one of " + sheetNames()))));
            }
        }
        Importer.Result result;
        try {
            result = importer.run(planId, file.getBytes(), csvSheet, dryRun);
        } catch (UnreadableFile e) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.invalid(e.getMessage(), List.of(new Problems.FieldError("file", e.getMessage()))));
        }
        if (result.hasProblems()) {
            ProblemDetail problem = Problems.invalid(
                    "The file has " + count(result.problems().size()) + "; nothing was imported. Correct "
                            + (result.problems().size() == 1 ? "it" : "them") + " and send the file again.",
                    result.problems().stream()
                            .map(p -> new Problems.FieldError("file", PlanImport.describe(p)))
                            .toList());
            problem.setProperty("problems", result.problems());
            problem.setProperty("notices", result.notices());
            problem.setProperty("sheets", result.sheets());
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        if (result.refused() != null) {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, PlanImport.describe(result.refused()));
            problem.setProperty("created", result.created());
            problem.setProperty("problems", List.of(result.refused()));
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private static String count(int problems) {
        return problems == 1 ? "1 problem" : String.format("%,d problems", problems);
    }

    private static String sheetNames() {
        return Arrays.stream(ImportSheet.values()).map(ImportSheet::title).collect(Collectors.joining(", "));
    }
}
