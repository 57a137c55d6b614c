package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.action.RecordProgressNote;
import org.springframework.format.annotation.DateTimeFormat;

record NoteForm(
        @NotNull(message = "Enter the date the note applies to.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveDate,

        @NotBlank(message = "Write the progress note.") String text,

        String lateReason) {

    static NoteForm asAt(LocalDate today) {
        return new NoteForm(today, null, null);
    }

    RecordProgressNote command(String actionId) {
        return new RecordProgressNote(actionId, effectiveDate, text, Blank.toNull(lateReason));
    }
}
