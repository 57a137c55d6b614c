package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.promisetracker.api.action.Foundation;
import org.springframework.format.annotation.DateTimeFormat;

public class ActionForm {
    @NotBlank(message = "Choose the area the action belongs to.") private String areaId;

    @NotBlank(message = "Enter the action's reference, such as 1.1.") private String ref;

    @NotBlank(message = "Enter the action's title.") private String title;

    @NotBlank(message = "Enter the lead officer's role.") private String leadOfficer;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private String outcomeMeasures;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;

    private List<Foundation> foundations = new ArrayList<>();
    private String phase;

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String areaId) {
        this.areaId = areaId;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public void setLeadOfficer(String leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getOutcomeMeasures() {
        return outcomeMeasures;
    }

    public void setOutcomeMeasures(String outcomeMeasures) {
        this.outcomeMeasures = outcomeMeasures;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public List<Foundation> getFoundations() {
        return foundations;
    }

    public void setFoundations(List<Foundation> foundations) {
        this.foundations = foundations;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }
}
