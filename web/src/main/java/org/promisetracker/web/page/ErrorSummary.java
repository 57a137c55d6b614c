package org.promisetracker.web.page;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a form, listed at the top of the page, each item linking to its field
 * (GOV.UK style). Field inputs have the id {@code prefix + field}; a problem with the whole form
 * links to the form.
 */
record ErrorSummary(List<Item> items) {

    record Item(String href, String message) {}

    static ErrorSummary of(BindingResult result, String prefix) {
        List<Item> items = result.getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? new Item("#" + prefix + field.getField(), field.getDefaultMessage())
                        : new Item("#" + prefix + "form", error.getDefaultMessage()))
                .toList();
        return new ErrorSummary(items);
    }
}
