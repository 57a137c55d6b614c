package org.promisetracker.web.words;

import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;

/** The labels pages and papers use for the domain's codes; values are written by {@link Formats}. */
public final class Words {

    private Words() {}

    public static String status(ActionStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case ON_TARGET -> "On target";
            case PROGRESSING -> "Progressing";
            case COMPLETED -> "Completed";
            case SUPERSEDED -> "Superseded";
        };
    }

    public static String status(String status) {
        return status == null ? "" : status(ActionStatus.valueOf(status));
    }

    public static String rag(Rag rag) {
        return switch (rag) {
            case GREEN -> "Green (on target)";
            case AMBER -> "Amber";
            case RED -> "Red (under scrutiny)";
            case NOT_ASSESSED -> "Not assessed";
        };
    }

    public static String rag(String rag) {
        return rag == null ? "" : rag(Rag.valueOf(rag));
    }

    public static String type(BenefitType type) {
        return switch (type) {
            case QUALITATIVE -> "Qualitative (narrative evidence)";
            case QUANTITATIVE -> "Quantitative (a number)";
            case CASHABLE -> "Cashable (money, GBP)";
        };
    }

    public static String direction(Direction direction) {
        if (direction == null) {
            return "";
        }
        return direction == Direction.LOWER_IS_BETTER ? "Lower is better" : "Higher is better";
    }
}
