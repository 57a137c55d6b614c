package org.promisetracker.web.page;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.promisetracker.api.view.ActionDetail;
import org.promisetracker.api.view.ActionLabel;
import org.promisetracker.api.view.BenefitDetail;
import org.promisetracker.api.view.ParkedItem;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.web.words.Formats;

/**
 * The sentences of the "not everything is shown" banner: one per parked item, naming it as the page
 * does (action 1.1, the benefit's title) when the reads know it, and saying how many updates are
 * held back since when. Officers cannot fix it; the banner says who can.
 */
final class ParkedBanner {

    private ParkedBanner() {}

    static List<String> of(PlanDashboard plan, ZoneId zone) {
        Map<String, String> names = new HashMap<>();
        names.put(plan.planId(), "The plan " + plan.title());
        for (PlanDashboard.Area area : plan.areas()) {
            area.actions()
                    .forEach(action -> names.put(action.actionId(), "Action " + action.ref() + " " + action.title()));
            area.benefits().forEach(benefit -> names.put(benefit.benefitId(), "Benefit " + benefit.title()));
        }
        return sentences(plan.parked(), names, zone);
    }

    static List<String> of(ActionDetail detail, ZoneId zone) {
        Map<String, String> names = names(detail.planId(), detail.planTitle(), detail.otherActions());
        names.put(
                detail.action().actionId(),
                "Action " + detail.action().ref() + " " + detail.action().title());
        return sentences(detail.parked(), names, zone);
    }

    static List<String> of(BenefitDetail detail, ZoneId zone) {
        Map<String, String> names = names(detail.planId(), detail.planTitle(), detail.actions());
        names.put(detail.benefit().benefitId(), "Benefit " + detail.benefit().title());
        return sentences(detail.parked(), names, zone);
    }

    private static Map<String, String> names(String planId, String planTitle, List<ActionLabel> actions) {
        Map<String, String> names = new HashMap<>();
        names.put(planId, "The plan " + planTitle);
        actions.forEach(action -> names.put(action.actionId(), "Action " + action.ref() + " " + action.title()));
        return names;
    }

    private static List<String> sentences(List<ParkedItem> parked, Map<String, String> names, ZoneId zone) {
        return parked.stream().map(item -> sentence(item, names, zone)).toList();
    }

    private static String sentence(ParkedItem item, Map<String, String> names, ZoneId zone) {
        String name = names.getOrDefault(
                item.itemId(),
                "A "
                        + (item.itemKind() == null
                                ? "item"
                                : item.itemKind().name().toLowerCase(Locale.ROOT)) + " not shown yet");
        String updates = item.events() == 1 ? "1 update" : item.events() + " updates";
        return name + ": " + updates
                + " could not be shown yet, so what is shown of it may be out of date (held back since "
                + Formats.instant(item.parkedAt(), zone) + ")";
    }
}
