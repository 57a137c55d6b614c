package org.promisetracker.web.imports;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.security.PageAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.promisetracker.web.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bring a plan in from a spreadsheet: download the template, upload a filled-in file, see a
 * preview with every problem beside its row, and confirm. The confirmation imports exactly the
 * bytes that were previewed ({@link ImportUploads}), matched again against the plan as it is then.
 */
@Controller
class ImportPage {

    private final Importer importer;
    private final ImportUploads uploads;
    private final Queries queries;

    ImportPage(Importer importer, ImportUploads uploads, Queries queries) {
        this.importer = importer;
        this.uploads = uploads;
        this.queries = queries;
    }

    @Bean
    static PageAuthorization importPageRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(GET, "/imports/template")
                .access(plans.onSomePlan(Role.ADMIN))
                .requestMatchers(GET, "/plans/{planId}/import")
                .access(plans.anyOf(Role.ADMIN))
                .requestMatchers(POST, "/plans/{planId}/import", "/plans/{planId}/import/confirm")
                .access(plans.anyOf(Role.ADMIN));
    }

    @GetMapping("/imports/template")
    ResponseEntity<byte[]> template() {
        return ImportController.templateDownload();
    }

    @GetMapping("/plans/{planId}/import")
    String form(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plan(planId));
        model.addAttribute("sheets", ImportSheet.values());
        return "admin/import";
    }

    @PostMapping("/plans/{planId}/import")
    String preview(
            @PathVariable String planId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "sheet", required = false) String sheetName,
            Principal user,
            Model model)
            throws IOException {
        model.addAttribute("plan", plan(planId));
        model.addAttribute("sheets", ImportSheet.values());
        if (file == null || file.isEmpty()) {
            model.addAttribute(
                    "fileError", "Choose a file to import: the template filled in, or one sheet saved as CSV.");
            return "admin/import";
        }
        ImportSheet sheet = sheetName == null || sheetName.isBlank()
                ? null
                : ImportSheet.named(sheetName).orElse(null);
        byte[] content = file.getBytes();
        Importer.Result result;
        try {
            result = importer.run(planId, content, sheet, true);
        } catch (UnreadableFile e) {
            model.addAttribute("fileError", e.getMessage());
            return "admin/import";
        }
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("problemsByRow", problemsByRow(result.problems()));
        model.addAttribute(
                "fileProblems",
                result.problems().stream()
                        .filter(p -> p.row() <= 1)
                        .map(PlanImport::describe)
                        .toList());
        if (!result.hasProblems()) {
            model.addAttribute(
                    "uploadId", uploads.keep(planId, user.getName(), sheet, file.getOriginalFilename(), content));
        }
        return "admin/import";
    }

    @PostMapping("/plans/{planId}/import/confirm")
    String confirm(
            @PathVariable String planId,
            @RequestParam("uploadId") UUID uploadId,
            Principal user,
            Model model,
            RedirectAttributes redirect) {
        Optional<ImportUploads.Upload> upload = uploads.find(uploadId, planId, user.getName());
        if (upload.isEmpty()) {
            model.addAttribute("plan", plan(planId));
            model.addAttribute("sheets", ImportSheet.values());
            model.addAttribute(
                    "fileError",
                    "That preview has expired (after an hour) or was imported already; upload the file again.");
            return "admin/import";
        }
        Importer.Result result =
                importer.run(planId, upload.get().content(), upload.get().sheet(), false);
        if (result.hasProblems() || result.refused() != null) {
            model.addAttribute("plan", plan(planId));
            model.addAttribute("sheets", ImportSheet.values());
            model.addAttribute("result", result);
            model.addAttribute("fileName", upload.get().fileName());
            List<ImportProblem> problems = result.refused() == null ? result.problems() : List.of(result.refused());
            model.addAttribute("problemsByRow", problemsByRow(problems));
            model.addAttribute(
                    "fileProblems", problems.stream().map(PlanImport::describe).toList());
            return "admin/import";
        }
        uploads.forget(uploadId);
        redirect.addFlashAttribute("flash", "Imported " + upload.get().fileName() + ": " + summary(result) + ".");
        return "redirect:/plans/" + planId;
    }

    /** A form cut short or over the size limit: the error page with its 400 or 413, not a 500. */
    @ExceptionHandler(MultipartException.class)
    void unreadableUpload(MultipartException e, HttpServletResponse response) throws IOException {
        if (e instanceof MaxUploadSizeExceededException) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "The file is larger than 10 MB.");
        } else {
            response.sendError(
                    HttpStatus.BAD_REQUEST.value(), "The upload did not arrive whole; choose the file again.");
        }
    }

    /** "4 areas and 8 actions added", or that nothing was new. */
    private static String summary(Importer.Result result) {
        List<String> added = result.sheets().stream()
                .filter(count -> count.toCreate() > 0)
                .map(count -> count.toCreate() + " " + noun(count.sheet(), count.toCreate()))
                .toList();
        if (added.isEmpty()) {
            return "nothing new, everything in it was already recorded";
        }
        String last = added.get(added.size() - 1);
        return (added.size() == 1 ? last : String.join(", ", added.subList(0, added.size() - 1)) + " and " + last)
                + " added";
    }

    private static String noun(String sheet, int count) {
        String one = switch (ImportSheet.named(sheet).orElseThrow()) {
            case AREAS -> "area";
            case ACTIONS -> "action";
            case BENEFITS -> "benefit";
            case STATUSES -> "status change";
            case MEASUREMENTS -> "measurement";
            case RAG -> "RAG assessment";
        };
        return count == 1 ? one : one + "s";
    }

    /** Problems keyed "Actions:7", for the preview table to show beside each row. */
    private static Map<String, List<String>> problemsByRow(List<ImportProblem> problems) {
        return problems.stream()
                .filter(p -> p.row() > 1)
                .collect(Collectors.groupingBy(
                        p -> p.sheet() + ":" + p.row(),
                        Collectors.mapping(
                                p -> (p.column() == null ? "" : p.column() + ": ") + p.message(),
                                Collectors.toList())));
    }

    private PlanHeader plan(String planId) {
        return queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + ".");
    }
}
