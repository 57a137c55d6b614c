package org.promisetracker.web.document;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.promisetracker.web.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;

/** The kinds of document a paper is written as, named in {@code ?format=} by their usual file extension. */
enum DocumentFormat {
    DOCX("docx", Types.DOCX),
    PDF("pdf", Types.PDF),
    XLSX("xlsx", Types.XLSX);

    /** As constants, for the mappings' {@code produces}. */
    interface Types {
        String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String PDF = MediaType.APPLICATION_PDF_VALUE;
        String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    final String extension;
    final MediaType mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    /**
     * Exactly one {@code format}, written exactly as listed: {@code DOCX} or {@code pdf\0} would mean a
     * client that is guessing, and two values no one can tell which was meant.
     */
    static DocumentFormat of(String[] values, List<DocumentFormat> allowed) {
        String names = allowed.stream().map(format -> format.extension).collect(Collectors.joining(", "));
        if (values == null || values.length != 1) {
            throw invalid(values == null ? "format is missing" : "format is given " + values.length + " times", names);
        }
        return allowed.stream()
                .filter(format -> format.extension.equals(values[0]))
                .findFirst()
                .orElseThrow(() -> invalid("format " + values[0] + " is not known", names));
    }

    private static ErrorResponseException invalid(String what, String names) {
        String message = "must be one of " + names;
        return new ErrorResponseException(
                HttpStatus.BAD_REQUEST,
                Problems.invalid(
                        "Please correct: " + what + "; it " + message + ".",
                        List.of(new Problems.FieldError("format", message))),
                null);
    }

    @Override
    public String toString() {
        return extension.toUpperCase(Locale.ROOT);
    }
}
