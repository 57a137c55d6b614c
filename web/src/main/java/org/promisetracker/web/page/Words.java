package org.promisetracker.web.page;

import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;

/** The labels a page uses for the domain's codes; values are written by {@link Formats}. */
final class Words {

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
}
