package org.promisetracker.query.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;

/** The words a page uses for the domain's codes, dates and figures. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

    private Words() {}

    static String status(ActionStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case ON_TARGET -> "On target";
            case PROGRESSING -> "Progressing";
            case COMPLETED -> "Completed";
            case SUPERSEDED -> "Superseded";
        };
    }

    static String status(String status) {
        return status == null ? "" : status(ActionStatus.valueOf(status));
    }

    static String rag(Rag rag) {
        return switch (rag) {
            case GREEN -> "Green (on target)";
            case AMBER -> "Amber";
            case RED -> "Red (under scrutiny)";
            case NOT_ASSESSED -> "Not assessed";
        };
    }

    static String rag(String rag) {
        return rag == null ? "" : rag(Rag.valueOf(rag));
    }

    static String type(BenefitType type) {
        return switch (type) {
            case QUALITATIVE -> "Qualitative (narrative evidence)";
            case QUANTITATIVE -> "Quantitative (a number)";
            case CASHABLE -> "Cashable (money, GBP)";
        };
    }

    static String direction(Direction direction) {
        if (direction == null) {
            return "";
        }
        return direction == Direction.LOWER_IS_BETTER ? "Lower is better" : "Higher is better";
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String instant(Instant instant, ZoneId zone) {
        return instant == null ? "" : INSTANT.format(instant.atZone(zone));
    }

    /** A figure with its unit: "88.5%", "72 children and young people", "£35,000". */
    static String figure(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = value.stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        if (unit.equalsIgnoreCase("GBP") || unit.equals("£")) {
            return "£" + String.format(Locale.UK, "%,.2f", value).replaceAll("\\.00$", "");
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }
}
