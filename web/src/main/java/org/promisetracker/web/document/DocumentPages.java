package org.promisetracker.web.document;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.promisetracker.api.view.ReportView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The download links of the report and dashboard pages. The API is for Basic clients and keeps no
 * session, so a signed-in browser downloads through these, with the dashboard's own choice of view
 * (a date, or a report's date as it was reported) rather than a raw instant.
 */
@Controller
class DocumentPages {

    private final Documents documents;
    private final Papers papers;

    DocumentPages(Documents documents, Papers papers) {
        this.documents = documents;
        this.papers = papers;
    }

    @GetMapping("/reports/{reportId}/document")
    ResponseEntity<byte[]> report(@PathVariable String reportId, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.report(reportId, request);
    }

    @GetMapping("/plans/{planId}/document")
    ResponseEntity<byte[]> dashboard(
            @PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String report,
            HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        if (report == null || report.isBlank()) {
            return documents.dashboard(planId, asAt, null, request);
        }
        ReportView reported = papers.report(report);
        if (!reported.planId().equals(planId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no report " + report + " for this plan.");
        }
        return documents.dashboard(planId, reported.reportDate(), reported.publishedAt(), request);
    }
}
