package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Target;
import org.springframework.format.annotation.DateTimeFormat;

/** The baseline and the target are flat fields here; the API nests them ("baseline.value"). */
record BenefitForm(
        String ref,

        @NotEmpty(message = "Choose at least one action the benefit is tracked for.") List<String> actionIds,

        @NotBlank(message = "Enter the benefit's title.") String title,
        @NotNull(message = "Choose the type of benefit.") BenefitType type,

        @NotBlank(message = "Say how the benefit is measured.") String measure,

        @NotBlank(message = "Say how the data is collected.") String collectionMethod,

        String dataSource,
        String unit,
        Direction direction,
        BigDecimal baselineValue,
        String baselineEvidence,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineDate,
        BigDecimal targetValue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {

    static BenefitForm empty() {
        return new BenefitForm(
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    AddBenefit command(String benefitId, String planId) {
        String evidence = Blank.toNull(baselineEvidence);
        Baseline baseline = baselineValue == null && evidence == null && baselineDate == null
                ? null
                : new Baseline(baselineValue, evidence, baselineDate);
        Target target = targetValue == null && targetDate == null ? null : new Target(targetValue, targetDate);
        return new AddBenefit(
                benefitId,
                planId,
                Blank.toNull(ref),
                actionIds,
                title,
                type,
                measure,
                collectionMethod,
                Blank.toNull(dataSource),
                Blank.toNull(unit),
                direction,
                baseline,
                target,
                effectiveFrom);
    }
}
