package org.promisetracker.web.page;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.action.ActionStatus;
import org.springframework.format.annotation.DateTimeFormat;

public class StatusForm {
    @NotNull(message = "Choose the action's status.") private ActionStatus status;

    @NotNull(message = "Enter the date the status applies from.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    private String comment;
    private String supersededBy;

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public void setSupersededBy(String supersededBy) {
        this.supersededBy = supersededBy;
    }
}
