package org.promisetracker.web.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value the form cannot read (a date that is not a date, a number that is not a number) is
 * shown beside its field in plain words, keeping what was typed, instead of a conversion error.
 */
@ControllerAdvice(basePackages = "org.promisetracker.web.page")
class FormBinding {

    @InitBinder
    void plainWords(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                String field = e.getPropertyName();
                result.addError(new FieldError(
                        result.getObjectName(),
                        field,
                        e.getValue(),
                        true,
                        new String[] {"typeMismatch"},
                        null,
                        message(e instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null)));
            }
        });
    }

    static String message(Class<?> type) {
        if (type == LocalDate.class) {
            return "Enter a real date, for example 2023-03-31.";
        }
        if (type == BigDecimal.class || type == Integer.class || type == int.class) {
            return "Enter a number, for example 88.5.";
        }
        return "Choose one of the options.";
    }
}
