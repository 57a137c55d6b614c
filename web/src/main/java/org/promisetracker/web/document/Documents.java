package org.promisetracker.web.document;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReportView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Committee papers to download: a published report as Word or PDF, made from its frozen snapshot
 * only, and a plan as at any date as Word, PDF or Excel, stamped as not a published report. Reads
 * only; nothing is stored. The API ({@link DocumentController}) and the pages' links
 * ({@link DocumentPages}) both answer with these.
 */
@Component
class Documents {

    private static final List<DocumentFormat> REPORT_FORMATS = List.of(DocumentFormat.DOCX, DocumentFormat.PDF);
    private static final List<DocumentFormat> DASHBOARD_FORMATS =
            List.of(DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.XLSX);
    private static final int MOST_NAME_CHARACTERS = 150;

    private final Papers papers;
    private final WordPaper word;
    private final PdfPaper pdf;
    private final ExcelTables excel;
    private final ContentNegotiationManager negotiation;
    private final Clock clock;

    Documents(
            Papers papers,
            WordPaper word,
            PdfPaper pdf,
            ExcelTables excel,
            ContentNegotiationManager negotiation,
            Clock clock) {
        this.papers = papers;
        this.word = word;
        this.pdf = pdf;
        this.excel = excel;
        this.negotiation = negotiation;
        this.clock = clock;
    }

    /** {@code format} is read from the request itself, to refuse it given twice. */
    ResponseEntity<byte[]> report(String reportId, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        DocumentFormat chosen = chosen(request, REPORT_FORMATS);
        ReportView report = papers.report(reportId);
        Paper paper = papers.of(report);
        byte[] document = chosen == DocumentFormat.PDF ? pdf.write(paper) : word.write(paper);
        return download(
                chosen,
                document,
                paper.planTitle(),
                report.committee(),
                report.reportDate().toString());
    }

    /** As at today and as known now unless told otherwise. */
    ResponseEntity<byte[]> dashboard(String planId, LocalDate asAt, Instant knownAt, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        DocumentFormat chosen = chosen(request, DASHBOARD_FORMATS);
        PlanDashboard dashboard = papers.dashboard(
                planId, asAt != null ? asAt : LocalDate.now(clock), knownAt != null ? knownAt : clock.instant());
        Paper paper = papers.of(dashboard);
        byte[] document = switch (chosen) {
            case DOCX -> word.write(paper);
            case PDF -> pdf.write(paper);
            case XLSX -> excel.write(paper, dashboard);
        };
        return download(
                chosen, document, dashboard.title(), "as-at", dashboard.asAt().toString());
    }

    /**
     * The format asked for, which the client's {@code Accept} must take: the mapping only knows that
     * it takes one of the three.
     */
    private DocumentFormat chosen(HttpServletRequest request, List<DocumentFormat> allowed)
            throws HttpMediaTypeNotAcceptableException {
        DocumentFormat format = DocumentFormat.of(request.getParameterValues("format"), allowed);
        List<MediaType> accepted = negotiation.resolveMediaTypes(new ServletWebRequest(request));
        if (accepted.stream().noneMatch(type -> type.isCompatibleWith(format.mediaType))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(format.mediaType));
        }
        return format;
    }

    private static ResponseEntity<byte[]> download(DocumentFormat format, byte[] document, String... nameParts) {
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(format, nameParts))
                                .build()
                                .toString())
                .body(document);
    }

    /**
     * Lower-case ASCII letters, digits and hyphens: safe in any header, file system and mail
     * attachment, whatever the plan's title holds. Accents are dropped, not the letters under them.
     */
    static String fileName(DocumentFormat format, String... parts) {
        String joined = String.join(" ", parts)
                .replaceAll("['’]s\\b", "")
                .replace("'", "")
                .replace("’", "");
        String ascii = Normalizer.normalize(joined, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (ascii.length() > MOST_NAME_CHARACTERS) {
            ascii = ascii.substring(0, MOST_NAME_CHARACTERS).replaceAll("-$", "");
        }
        return (ascii.isEmpty() ? "paper" : ascii) + "." + format.extension;
    }
}
