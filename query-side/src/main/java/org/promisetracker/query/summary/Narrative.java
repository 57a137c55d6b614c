package org.promisetracker.query.summary;

import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.NOT_STARTED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.action.ActionStatus.SUPERSEDED;
import static org.promisetracker.api.benefit.BenefitType.CASHABLE;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.NOT_ASSESSED;
import static org.promisetracker.api.benefit.Rag.RED;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.summary.ActionCounts;
import org.promisetracker.api.summary.BenefitCounts;

/**
 * The committee summary in words, by the "Narrative rules" of API.md. API.md does not say what an empty
 * plan reads; here it is "There are no actions yet." and "There are no benefits yet.", and with no
 * benefits the RAG sentence is left out rather than saying the same thing twice.
 */
public final class Narrative {

    static final String NO_ACTIONS = "There are no actions yet.";
    static final String NO_BENEFITS = "There are no benefits yet.";

    // Not the enums' declaration order: API.md lists finished work first and the not-yet last.
    private static final List<ActionStatus> STATUS_ORDER =
            List.of(COMPLETED, ON_TARGET, PROGRESSING, SUPERSEDED, NOT_STARTED);
    private static final List<BenefitType> TYPE_ORDER = List.of(QUALITATIVE, QUANTITATIVE, CASHABLE);
    private static final List<Rag> RAG_ORDER = List.of(GREEN, AMBER, RED, NOT_ASSESSED);

    private Narrative() {}

    public static String of(ActionCounts actions, BenefitCounts benefits) {
        return actionsSentence(actions) + " " + benefitsSentences(benefits);
    }

    private static String actionsSentence(ActionCounts actions) {
        List<Part<ActionStatus>> byStatus = nonZero(STATUS_ORDER, actions::count, actions.total(), "actions by status");
        if (byStatus.isEmpty()) {
            return NO_ACTIONS;
        }
        List<String> clauses = byStatus.stream()
                .map(p -> NumberWords.of(p.n()) + " " + verb(p.key()).agreeingWith(p.n()))
                .toList();
        return "Of our " + counted(actions.total(), "action", "actions") + ", " + EnglishLists.join(clauses) + ".";
    }

    private static String benefitsSentences(BenefitCounts benefits) {
        List<Part<BenefitType>> byType = nonZero(TYPE_ORDER, benefits::count, benefits.total(), "benefits by type");
        List<Part<Rag>> byRag = nonZero(RAG_ORDER, benefits::count, benefits.total(), "benefits by RAG");
        if (byType.isEmpty()) {
            return NO_BENEFITS;
        }
        List<String> types = byType.stream()
                .map(p -> NumberWords.of(p.n()) + " " + (p.n() == 1 ? "is " : "are ") + adjective(p.key()))
                .toList();
        List<String> rags = new ArrayList<>();
        for (Part<Rag> p : byRag) {
            // Only the first names the noun: "Thirty-seven benefits are green, six are amber".
            String subject = rags.isEmpty() ? counted(p.n(), "benefit", "benefits") : NumberWords.of(p.n());
            rags.add(subject + " " + verb(p.key()).agreeingWith(p.n()));
        }
        return "Of our " + counted(benefits.total(), "benefit", "benefits") + ", " + EnglishLists.join(types) + ". "
                + capitalised(EnglishLists.join(rags)) + ".";
    }

    private static Verb verb(ActionStatus status) {
        return switch (status) {
            case COMPLETED -> new Verb("has been completed", "have been completed");
            case ON_TARGET -> new Verb("is on target", "are on target");
            case PROGRESSING -> new Verb("is progressing", "are progressing");
            case SUPERSEDED -> new Verb("has been superseded", "have been superseded");
            case NOT_STARTED -> new Verb("has not started", "have not started");
        };
    }

    private static String adjective(BenefitType type) {
        return switch (type) {
            case QUALITATIVE -> "qualitative";
            case QUANTITATIVE -> "quantitative";
            case CASHABLE -> "cashable";
        };
    }

    private static Verb verb(Rag rag) {
        return switch (rag) {
            case GREEN -> new Verb("is green", "are green");
            case AMBER -> new Verb("is amber", "are amber");
            case RED -> new Verb("is red", "are red");
            case NOT_ASSESSED -> new Verb("has not been assessed", "have not been assessed");
        };
    }

    /*
     * Every action has a status and every benefit a type and a RAG, so the parts add up to the total.
     * When they do not, a projection is wrong (or an enum gained a constant the orders above lack), and
     * failing beats publishing a narrative that contradicts its own figures.
     */
    private static <E> List<Part<E>> nonZero(List<E> order, ToIntFunction<E> count, int total, String what) {
        List<Part<E>> parts = new ArrayList<>();
        int sum = 0;
        for (E key : order) {
            int n = count.applyAsInt(key);
            if (n < 0) {
                throw new IllegalArgumentException("The " + what + " include a negative count: " + key + " " + n);
            }
            sum += n;
            if (n > 0) {
                parts.add(new Part<>(key, n));
            }
        }
        if (sum != total) {
            throw new IllegalArgumentException("The " + what + " add up to " + sum + ", not to the total of " + total);
        }
        return parts;
    }

    private static String counted(int n, String one, String many) {
        return NumberWords.of(n) + " " + (n == 1 ? one : many);
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private record Part<E>(E key, int n) {}

    private record Verb(String singular, String plural) {

        String agreeingWith(int n) {
            return n == 1 ? singular : plural;
        }
    }
}
