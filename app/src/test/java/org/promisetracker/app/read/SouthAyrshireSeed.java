package org.promisetracker.app.read;

import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.RED;
import static org.promisetracker.app.read.Recorder.d;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;

/**
 * South Ayrshire's Parenting Promise as seed 001 reports it on 20 February 2023: ten improvement
 * areas (their real titles, seeds 000/002), 32 actions and 48 benefits, with an invented dated
 * history that lands, as at the report date, on the paper's figures:
 * <ul>
 *   <li>actions: 8 completed, 20 on target, 3 progressing, 1 superseded (by a new action, 10.3);</li>
 *   <li>benefits: 33 qualitative, 13 quantitative, 2 cashable; 37 green, 6 amber, 5 red.</li>
 * </ul>
 * Some facts take detours on the way (a status restated on the same date, a RAG set back and
 * recovered, a measurement corrected), and some are effective after the report date, so they must
 * not count as at it. Actions and benefits are referred to by index (0-31, 0-47) in seed order.
 */
public final class SouthAyrshireSeed {

    public static final String REPORT_DATE = "2023-02-20";
    public static final String COMMITTEE = "Performance and Audit Committee";

    public static final List<String> AREAS = List.of(
            "South Ayrshire's workforce and commissioned services will have a comprehensive understanding of the promise including how to embed the promise values in their approach",
            "Services and provision will be designed on the basis of need and with clear data, rather than on an acceptance of how the system has always operated.",
            "Decisions made across South Ayrshire are underpinned by Children's rights and there will be well communicated and understood guidance in place that upholds children's rights and reflects equal protection legislation.",
            "Trauma informed and nurture approaches are standard and widespread practice across South Ayrshire",
            "South Ayrshire recognises that 'language creates realities' those with care experience must hold and own the narrative of their own lives",
            "10 principles of intensive family support are embedded into the practice (planning, commissioning and delivery) across all of South Ayrshire's directorates and commissioned services",
            "There must be significant, ongoing and persistent commitment to ending poverty and mitigating its impacts for South Ayrshires children, families and communities.",
            "South Ayrshire must support the workforce to contribute to a broader understanding of risk.",
            "A framework of support will be in place to ensure people involved in the care of care experienced children and young people feel valued.",
            "Care experienced children and young people will receive all they need to thrive at school.");
    /** Actions per area: 32 in all. */
    static final int[] ACTIONS_PER_AREA = {4, 3, 3, 3, 3, 3, 4, 3, 3, 3};

    static final List<Integer> COMPLETED_ACTIONS = List.of(0, 4, 7, 10, 13, 16, 19, 22);
    static final List<String> COMPLETION_DATES = List.of(
            "2022-03-31",
            "2022-06-30",
            "2022-09-30",
            "2022-12-31",
            "2023-01-31",
            REPORT_DATE,
            "2021-12-31",
            "2022-11-15");
    static final int SUPERSEDED_ACTION = 5;
    /** 10.3, the new action that supersedes 2.2; it counts from 1 September 2022. */
    static final int NEW_ACTION = 31;

    static final Set<Integer> PROGRESSING_ACTIONS = Set.of(8, 14, 25);

    static final Set<Integer> RED_BENEFITS = Set.of(3, 12, 20, 35, 40);
    static final Set<Integer> AMBER_BENEFITS = Set.of(1, 7, 15, 27, 38, 46);
    static final int QUALITATIVE_BENEFITS = 33;
    static final int QUANTITATIVE_BENEFITS = 13;

    /** What was built: ids by seed index, the second measurement of each measured benefit, and how many events. */
    public record Seed(
            String planId,
            List<String> areaIds,
            List<String> actionIds,
            List<String> benefitIds,
            Map<Integer, String> secondMeasurement,
            int events) {}

    private SouthAyrshireSeed() {}

    public static Seed build(Recorder officer) {
        Recorder admin = officer.as("admin");
        int[] events = {0};
        Runnable counted = () -> events[0]++;

        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030 (" + Recorder.newId() + ")");
        counted.run();
        List<String> areaIds = new ArrayList<>();
        List<String> actionIds = new ArrayList<>();
        for (int area = 0; area < AREAS.size(); area++) {
            areaIds.add(admin.area(planId, area + 1, AREAS.get(area)));
            counted.run();
            for (int n = 1; n <= ACTIONS_PER_AREA[area]; n++) {
                int index = actionIds.size();
                boolean isNew = index == NEW_ACTION;
                actionIds.add(admin.action(
                        planId,
                        areaIds.get(area),
                        (area + 1) + "." + n,
                        d(COMPLETED_ACTIONS.contains(index) ? "2023-03-31" : "2024-03-31"),
                        isNew ? d("2022-09-01") : null));
                counted.run();
            }
        }

        // statuses
        for (int i = 0; i < actionIds.size(); i++) {
            String action = actionIds.get(i);
            if (i == NEW_ACTION) {
                officer.status(action, ON_TARGET, "2022-10-01", "New action under way");
                counted.run();
                continue;
            }
            officer.status(action, ON_TARGET, "2021-06-30", "Started to plan");
            counted.run();
            int completed = COMPLETED_ACTIONS.indexOf(i);
            if (completed >= 0) {
                officer.status(action, COMPLETED, COMPLETION_DATES.get(completed), "Delivered as planned");
                counted.run();
            }
        }
        officer.supersede(
                actionIds.get(SUPERSEDED_ACTION),
                actionIds.get(NEW_ACTION),
                "2022-09-01",
                "Replaced by a new action, 10.3");
        officer.status(actionIds.get(8), PROGRESSING, "2022-11-30", "Behind: staffing");
        officer.status(actionIds.get(14), PROGRESSING, "2022-11-30", "Behind: funding not yet agreed");
        officer.status(actionIds.get(25), PROGRESSING, "2022-06-30", "Behind");
        officer.status(actionIds.get(25), ON_TARGET, "2022-09-30", "Caught up");
        officer.status(actionIds.get(25), PROGRESSING, "2023-01-31", "Behind again");
        // same effective date twice: the later recorded wins
        officer.status(actionIds.get(2), PROGRESSING, "2022-12-31", "Recorded against the wrong action");
        officer.status(actionIds.get(2), ON_TARGET, "2022-12-31", "On target after all");
        // effective after the report date: not counted as at it
        officer.status(actionIds.get(1), COMPLETED, "2023-03-31", "Delivered after the report");
        officer.status(actionIds.get(8), ON_TARGET, "2023-04-30", "Back on target after the report");
        officer.note(actionIds.get(3), "2023-01-20", "Briefing programme under way");
        officer.note(actionIds.get(6), "2022-12-01", "Data dashboard drafted");
        events[0] += 12;

        // benefits
        List<String> benefitIds = new ArrayList<>();
        Map<Integer, String> secondMeasurement = new HashMap<>();
        for (int i = 0; i < 48; i++) {
            BenefitType type = i < QUALITATIVE_BENEFITS
                    ? BenefitType.QUALITATIVE
                    : i < QUALITATIVE_BENEFITS + QUANTITATIVE_BENEFITS
                            ? BenefitType.QUANTITATIVE
                            : BenefitType.CASHABLE;
            List<String> forActions = new ArrayList<>(List.of(actionIds.get(i % 32)));
            if (i % 5 == 0) {
                forActions.add(actionIds.get((i + 7) % 32));
            }
            String benefit = admin.benefit(
                    planId,
                    type,
                    i % 6 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    null,
                    "Illustrative benefit " + (i + 1),
                    forActions.toArray(String[]::new));
            benefitIds.add(benefit);
            counted.run();

            if (i == 30) {
                // first assessed on the report date itself
                officer.rag(benefit, GREEN, REPORT_DATE, "First assessment");
                counted.run();
            } else {
                officer.rag(benefit, GREEN, "2021-09-30", "On target");
                counted.run();
            }
            if (AMBER_BENEFITS.contains(i)) {
                officer.rag(benefit, AMBER, "2022-09-30", "Behind trajectory");
                counted.run();
            }
            if (RED_BENEFITS.contains(i)) {
                officer.rag(benefit, AMBER, "2022-06-30", "Behind trajectory");
                officer.rag(benefit, RED, "2022-12-31", "Under scrutiny");
                events[0] += 2;
            }

            if (type.isMeasuredByValue()) {
                String first = Recorder.newId();
                String second = Recorder.newId();
                String unitsOf = type == BenefitType.CASHABLE ? "12500.50" : Integer.toString(40 + i % 7);
                officer.measure(benefit, first, "2022-03-31", unitsOf);
                officer.measure(benefit, second, "2022-09-30", Integer.toString(45 + i % 5));
                secondMeasurement.put(i, second);
                events[0] += 2;
                if (i == 36) {
                    officer.correct(benefit, first, "44", null, "Transcription error");
                    counted.run();
                }
            } else if (i % 4 == 0) {
                officer.evidence(
                        benefit,
                        Recorder.newId(),
                        "2022-06-30",
                        "Young people report being listened to (illustrative)");
                counted.run();
            }
        }
        // detours and facts effective after the report date
        officer.rag(benefitIds.get(9), AMBER, "2022-03-31", "Slipped");
        officer.rag(benefitIds.get(9), GREEN, "2022-09-30", "Recovered");
        officer.rag(benefitIds.get(11), AMBER, "2022-10-31", "Entered in error");
        officer.rag(benefitIds.get(11), GREEN, "2022-10-31", "Green after all");
        officer.rag(benefitIds.get(40), GREEN, "2023-05-31", "Recovered after the report");
        officer.measure(benefitIds.get(33), Recorder.newId(), "2023-03-31", "60");
        events[0] += 6;

        return new Seed(planId, areaIds, actionIds, benefitIds, secondMeasurement, events[0]);
    }

    /** The status each action had as at the report date, as the papers count them. */
    static ActionStatus reportedStatus(int action) {
        if (COMPLETED_ACTIONS.contains(action)) {
            return COMPLETED;
        }
        if (action == SUPERSEDED_ACTION) {
            return ActionStatus.SUPERSEDED;
        }
        return PROGRESSING_ACTIONS.contains(action) ? PROGRESSING : ON_TARGET;
    }

    static Rag reportedRag(int benefit) {
        return RED_BENEFITS.contains(benefit) ? RED : AMBER_BENEFITS.contains(benefit) ? AMBER : GREEN;
    }
}
