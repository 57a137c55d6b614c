package org.promisetracker.web.document;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The papers in the API: {@code format} is docx or pdf for a report, and xlsx too for a dashboard.
 * It is declared here for the API's document and read again from the request, to refuse it twice.
 */
@RestController
// an Accept that takes none of the three is refused before the handler runs
@RequestMapping(produces = {DocumentFormat.Types.DOCX, DocumentFormat.Types.PDF, DocumentFormat.Types.XLSX})
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/reports/{reportId}/document")
    ResponseEntity<byte[]> report(
            @PathVariable String reportId,
            @RequestParam(name = "format", required = false) String format,
            HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.report(reportId, request);
    }

    @GetMapping("/api/v1/plans/{planId}/dashboard/document")
    ResponseEntity<byte[]> dashboard(
            @PathVariable String planId,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.dashboard(planId, asAt, knownAt, request);
    }
}
