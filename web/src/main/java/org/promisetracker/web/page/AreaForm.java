package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public class AreaForm {
    @NotNull(message = "Enter the area's number.") @Positive(message = "The number is 1 or more.") private Integer number;

    @NotBlank(message = "Enter the area's title.") private String title;

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
