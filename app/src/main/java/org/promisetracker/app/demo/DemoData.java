package org.promisetracker.app.demo;

import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.SEPTEMBER;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.action.Foundation.CARE;
import static org.promisetracker.api.action.Foundation.FAMILY;
import static org.promisetracker.api.action.Foundation.PEOPLE;
import static org.promisetracker.api.action.Foundation.SCAFFOLDING;
import static org.promisetracker.api.action.Foundation.VOICE;
import static org.promisetracker.api.benefit.BenefitType.CASHABLE;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.RED;

import java.time.YearMonth;
import java.util.List;

/**
 * The demo data set: two real plans from the seed papers with their real structure, and an
 * invented history so the service has something to show.
 *
 * <p>What the papers say is kept word for word: South Lanarkshire's core commitments, actions,
 * lead officers, timescales and outcome measures (seed 003), and South Ayrshire's ten improvement
 * areas (seeds 000 and 002). Everything else is invented, and every invented text says so ("Illustrative
 * ..." or a title ending "(illustrative)"): South Ayrshire's actions (its 32 are not in the papers),
 * every benefit, status change, note, measurement, correction and RAG assessment. Benefits are
 * aggregate measures only (percentages, counts, money, narrative about services), never about a child.
 */
final class DemoData {

    private static final String SERVICE_MANAGER = "Service Manager (Children and Justice)";
    private static final String CORPORATE_PARENTING_LEAD = "Corporate Parenting Lead Officer";
    private static final String HEAD_OF_SERVICE = "Head of Children's Health, Care and Justice Services";

    private DemoData() {}

    /** In load order; the first plan's existence tells the loader the data set is already there. */
    static List<DemoPlan> plans() {
        return List.of(southLanarkshire(), southAyrshire());
    }

    static DemoPlan southLanarkshire() {
        // The strategy is the South Lanarkshire Partnership's (GIRFEC, Corporate Parenting Sub Group),
        // produced for the council's Social Work Resources; the council keeps it.
        DemoPlan.Builder sl = DemoPlan.plan(
                "south-lanarkshire",
                "South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020",
                "South Lanarkshire Council",
                "2018-10-01",
                "2020-12-31",
                "Core commitment");

        // Seed 003, "Action plan 2018 - 2020": ref, agreed action, lead officer, timescale, outcome
        // measures and targets (one line per bullet). Foundations are tagged only where obvious: the
        // plan predates The Promise (2020).
        sl.area(
                        1,
                        "Corporate Parents will provide a range of opportunities to listen and respond to the voices of children and families/carers")
                .action(
                        "1.1",
                        "Close the gap between care experienced children and young people's views and how and which services are provided",
                        SERVICE_MANAGER,
                        YearMonth.of(2019, AUGUST),
                        lines(
                                "Champions Board established, priorities agreed and progressed",
                                "The Champions Board will empower young people to influence positive change",
                                "The number of children and young people articulating their views will increase through improved systems to do so"),
                        VOICE)
                .action(
                        "1.2",
                        "Provide regular briefings, to all partners and at all levels, to raise awareness of our corporate parenting responsibilities",
                        "All members of Corporate Parenting Sub Group",
                        YearMonth.of(2020, JULY),
                        lines("Range and numbers of partners engaging"),
                        PEOPLE);
        sl.area(2, "Sustain children with their families and within the community")
                .action(
                        "2.1",
                        "Enhance the services and intervention methods to support a reduction in children being looked after outwith their family",
                        SERVICE_MANAGER,
                        YearMonth.of(2020, JULY),
                        lines("The number of children being living with their own families will increase year on year"),
                        FAMILY)
                .action(
                        "2.2",
                        "All children and young people at high risk of involvement in offending behaviour will be subject to multi-agency Care and Risk Management Procedures",
                        SERVICE_MANAGER,
                        YearMonth.of(2020, JULY),
                        lines(
                                "There will be a year on year reduction in the numbers of young people being placed in external and secure placements and under 18 year olds being detained in HM Polmont YOI"));
        // 3.1 has two rows in the paper: Nurse Director by July 2019 and Service Manager (Children
        // and Justice) by August 2019. One action, both leads, due at the later timescale.
        sl.area(3, "Promote and support the health and wellbeing needs")
                .action(
                        "3.1",
                        "Improve the timescales for reporting and responding to the health needs",
                        "Nurse Director; " + SERVICE_MANAGER,
                        YearMonth.of(2019, AUGUST),
                        lines(
                                "Number of notifications and assessments on time",
                                "Number of multi-agency chronologies support more positive change before, during and after care journeys"))
                .action(
                        "3.2",
                        "Improve the attainment, attendance and school leaver destinations for all school aged children",
                        "Quality Improvement Officer: Inclusion",
                        YearMonth.of(2019, AUGUST),
                        lines(
                                "Use and impact of specific resources, including the Scottish Attainment Fund and Youth Employability Service"));
        // 4.2's timescale reads "July 2020 December 2018"; the earlier date seems to be for the
        // single point of contact. The action as a whole is due at the final one, July 2020.
        sl.area(4, "Young people's rights to Continuing Care and Aftercare will be respected and protected")
                .action(
                        "4.1",
                        "Support young people to remain in their existing placement until ready to move on",
                        SERVICE_MANAGER,
                        YearMonth.of(2020, JULY),
                        lines(
                                "Number of young people remaining longer in their placements or a similar one, depending on their needs and wishes in their placements"),
                        CARE)
                .action(
                        "4.2",
                        "Young people with complex needs / risks will have access to intensive throughcare and aftercare support",
                        SERVICE_MANAGER,
                        YearMonth.of(2020, JULY),
                        lines(
                                "Incremental development of services is implemented",
                                "The number of young people's post transition moves will reduce",
                                "Care experienced young people will know who to contact for aftercare services"),
                        CARE);

        // The two baselines dated 31 March 2018 are the paper's own figures (section 1.5: 88% cared
        // for within a family, 72 looked after in residential); targets and every later figure are invented.
        sl.benefit(
                        "family-setting",
                        QUANTITATIVE,
                        "Looked after children and young people cared for within a family (illustrative)")
                .forActions("2.1")
                .measure(
                        "Percentage of looked after children and young people at home with parents, with friends or relatives or with foster carers")
                .collectionMethod("Quarterly count from the looked after children return")
                .dataSource("Social Work Resources looked after children statistics")
                .unit("%")
                .baseline("88", "2018-03-31")
                .target("90", "2020-07-31");
        sl.benefit(
                        "residential",
                        QUANTITATIVE,
                        "Children and young people looked after in residential placements (illustrative)")
                .forActions("2.1", "2.2")
                .measure(
                        "Number of children and young people looked after in residential placements at the quarter end")
                .collectionMethod("Quarterly count from the looked after children return")
                .dataSource("Social Work Resources looked after children statistics")
                .unit("children and young people")
                .lowerIsBetter()
                .baseline("72", "2018-03-31")
                .target("65", "2020-07-31");
        sl.benefit("health-assessments", QUANTITATIVE, "Health assessments completed on time (illustrative)")
                .forActions("3.1")
                .measure(
                        "Percentage of health assessments for newly looked after children and young people completed within the agreed timescale")
                .collectionMethod("Monthly report from the looked after children health service")
                .dataSource("Health board looked after children health service records")
                .unit("%")
                .baseline("61", "2018-10-31")
                .target("90", "2019-07-31");
        sl.benefit(
                        "champions-board",
                        QUALITATIVE,
                        "Care experienced young people shape services through the Champions Board (illustrative)")
                .forActions("1.1")
                .measure(
                        "Evidence that priorities raised by the Champions Board are agreed, acted on and fed back to its members")
                .collectionMethod("Quarterly narrative from Champions Board and Corporate Parenting Sub Group minutes")
                .dataSource("Corporate Parenting Sub Group minutes")
                .baselineEvidence(
                        "Illustrative baseline for the demo: no Champions Board in place when the plan started.",
                        "2018-10-01");
        sl.benefit("placement-spend-avoided", CASHABLE, "External placement spend avoided (illustrative)")
                .forActions("2.1", "2.2")
                .measure("Cumulative spend avoided against the 2018-19 external placement budget")
                .collectionMethod("Quarterly finance monitoring return")
                .dataSource("Social Work Resources finance")
                .baseline("0", "2018-10-01")
                .target("250000", "2020-07-31");

        String lacReturn = "Illustrative figure for the demo, as if from the quarterly looked after children return";
        String healthReport = "Illustrative figure for the demo, as if from the monthly health service report";
        String finance = "Illustrative figure for the demo, as if from the quarterly finance monitoring return";
        String minutes = "Illustrative summary for the demo of Champions Board and Sub Group minutes";

        sl.on("2018-11-30").measured("health-assessments", "60", healthReport);
        sl.on("2018-12-31")
                .measured("family-setting", "88.2", lacReturn)
                .measured("residential", "71", lacReturn)
                .measured("health-assessments", "63", healthReport)
                .status(
                        "4.2",
                        ON_TARGET,
                        "Illustrative status for the demo: single point of contact for care leavers agreed.");
        sl.on("2019-01-31")
                .status(
                        "1.1",
                        ON_TARGET,
                        "Illustrative status for the demo: Champions Board recruitment sessions under way in two localities.")
                .status(
                        "3.1",
                        PROGRESSING,
                        "Illustrative status for the demo: notification process agreed; assessment timescales not yet met.")
                .measured("health-assessments", "58", healthReport);
        sl.on("2019-02-28")
                .status("1.2", ON_TARGET, "Illustrative status for the demo: first partner briefing delivered.")
                .measured("health-assessments", "62", healthReport);
        sl.on("2019-03-31")
                .status(
                        "2.1",
                        ON_TARGET,
                        "Illustrative status for the demo: under and over 12s targeted services reviewed; expansion agreed.")
                .status(
                        "2.2",
                        ON_TARGET,
                        "Illustrative status for the demo: Care and Risk Management procedures refreshed.")
                .status(
                        "3.2",
                        ON_TARGET,
                        "Illustrative status for the demo: attendance and attainment tracking set up for looked after pupils.")
                .measured("family-setting", "88.5", lacReturn)
                .measured("residential", "70", lacReturn)
                .measured("health-assessments", "65", healthReport)
                .measured("placement-spend-avoided", "35000", finance)
                .evidence(
                        "champions-board",
                        "Illustrative evidence for the demo: recruitment sessions held in two localities; young people helped draft the Board's remit.",
                        minutes);
        sl.on("2019-04-30")
                .status(
                        "4.1",
                        ON_TARGET,
                        "Illustrative status for the demo: Continuing Care guidance issued to carers and residential staff.")
                .measured("health-assessments", "64", healthReport)
                .rag(
                        "health-assessments",
                        RED,
                        "Illustrative assessment for the demo: 26 points below the 90% target three months before it is due; escalated to the Nurse Director.");
        sl.on("2019-05-31")
                .note(
                        "3.1",
                        "Illustrative note for the demo: a weekly list of new notifications is now shared between social work and health.")
                .measured("health-assessments", "66", healthReport);
        sl.on("2019-06-30")
                .measured("family-setting", "88.9", lacReturn)
                .measured("residential", "72", lacReturn)
                .measured("health-assessments", "68", healthReport)
                .measured("placement-spend-avoided", "62000", finance)
                .evidence(
                        "champions-board",
                        "Illustrative evidence for the demo: first Champions Board meeting held; three priorities agreed.",
                        minutes);
        sl.on("2019-07-31")
                .measured("health-assessments", "70", healthReport)
                .rag(
                        "family-setting",
                        GREEN,
                        "Illustrative assessment for the demo: rising steadily towards the 90% target.");
        sl.on("2019-08-30")
                .status(
                        "1.1",
                        COMPLETED,
                        "Illustrative status for the demo: Champions Board established and its first priorities agreed.")
                .status(
                        "3.2",
                        COMPLETED,
                        "Illustrative status for the demo: attainment, attendance and leaver destinations tracked for all school aged looked after pupils.");
        sl.on("2019-08-31")
                .measured("health-assessments", "71", healthReport)
                .rag(
                        "health-assessments",
                        RED,
                        "Illustrative assessment for the demo: target date passed at 71%; recovery plan requested.")
                .rag(
                        "champions-board",
                        GREEN,
                        "Illustrative assessment for the demo: the Board is meeting and its priorities have owners.");
        sl.on("2019-09-30")
                .measured("family-setting", "89.1", lacReturn)
                .measured("residential", "72", lacReturn)
                .measured("placement-spend-avoided", "98000", finance)
                .note(
                        "3.1",
                        "Illustrative note for the demo: multi-agency chronology template agreed; roll-out to start in the new year.");
        // The 72 recorded for September 2019 repeats June's figure; two placements ending in September
        // were entered after the return was run.
        sl.correct(
                "residential",
                "2019-09-30",
                "70",
                "Illustrative correction for the demo: two placements that ended in September were entered after the return was run.");
        sl.on("2019-10-31")
                .rag(
                        "residential",
                        AMBER,
                        "Illustrative assessment for the demo: falling, but more slowly than needed to reach 65 by July 2020.");
        sl.on("2019-11-30")
                .note(
                        "1.2",
                        "Illustrative note for the demo: briefings delivered to the senior teams of four partner agencies.");
        sl.on("2019-12-31")
                .measured("family-setting", "89.4", lacReturn)
                .measured("residential", "69", lacReturn)
                .measured("placement-spend-avoided", "121000", finance)
                .evidence(
                        "champions-board",
                        "Illustrative evidence for the demo: the Board presented its priorities to the Corporate Parenting Sub Group; responses agreed for two of three.",
                        minutes);
        sl.on("2020-01-31")
                .rag(
                        "placement-spend-avoided",
                        AMBER,
                        "Illustrative assessment for the demo: about half the target avoided with seven months to go.");
        sl.on("2020-02-29")
                .note(
                        "4.2",
                        "Illustrative note for the demo: phase one of the Throughcare and Aftercare Team (the central team) in place.");
        sl.on("2020-03-31")
                .measured("family-setting", "89.6", lacReturn)
                .measured("residential", "68", lacReturn)
                .measured("placement-spend-avoided", "150000", finance)
                .note(
                        "4.1",
                        "Illustrative note for the demo: more young people staying in their placement beyond 18 under Continuing Care.");
        sl.on("2020-04-30")
                .status(
                        "1.2",
                        PROGRESSING,
                        "Illustrative status for the demo: face-to-face briefings paused; an online format is being prepared.");
        sl.on("2020-06-30")
                .status(
                        "2.2",
                        COMPLETED,
                        "Illustrative status for the demo: Care and Risk Management procedures in use for every young person assessed as high risk.")
                .measured("family-setting", "89.8", lacReturn)
                .measured("residential", "70", lacReturn)
                .measured("placement-spend-avoided", "171000", finance)
                .evidence(
                        "champions-board",
                        "Illustrative evidence for the demo: meetings moved online; feedback given on all three priorities.",
                        minutes);
        sl.on("2020-07-31")
                .status(
                        "2.1",
                        COMPLETED,
                        "Illustrative status for the demo: targeted services for under and over 12s in place in every locality.")
                .status(
                        "4.1",
                        COMPLETED,
                        "Illustrative status for the demo: Pathways Plans and Reviews in place for every young person eligible for Continuing Care.")
                .status(
                        "4.2",
                        PROGRESSING,
                        "Illustrative status for the demo: phase two (core and cluster flats) delayed; not complete by the timescale.")
                .rag(
                        "family-setting",
                        GREEN,
                        "Illustrative assessment for the demo: 89.8% at the target date, within a point of the target.")
                .rag(
                        "residential",
                        RED,
                        "Illustrative assessment for the demo: 70 against a target of 65; under scrutiny by the Sub Group.");
        sl.on("2020-09-30")
                .status(
                        "2.2",
                        PROGRESSING,
                        "Illustrative status for the demo: reopened after an audit found risk management plans not reviewed on time in one locality.")
                .measured("family-setting", "90.1", lacReturn)
                .measured("residential", "67", lacReturn);
        sl.on("2020-12-18")
                .status(
                        "2.2",
                        COMPLETED,
                        "Illustrative status for the demo: review timescales met in every locality at re-audit.");
        return sl.build();
    }

    static DemoPlan southAyrshire() {
        // Seed 001 calls the Parenting Promise "South Ayrshire's Corporate Parenting Plan", aligned to
        // the Community Planning Partnership; the HSCP's Performance and Audit Committee and the IJB
        // receive its progress reports for noting. So the plan is the council's, and the committee
        // the HSCP's.
        DemoPlan.Builder sa = DemoPlan.plan(
                "south-ayrshire",
                "South Ayrshire's Parenting Promise 2021-2030",
                "South Ayrshire Council",
                "2021-04-01",
                "2030-03-31",
                "Improvement area");

        // The ten improvement areas word for word (seed 002). The actions under them are invented:
        // the papers count 32 actions but do not list them.
        sa.phase("Short term (2021-24)");
        sa.area(
                        1,
                        "South Ayrshire's workforce and commissioned services will have a comprehensive understanding of the promise including how to embed the promise values in their approach")
                .action(
                        "1.1",
                        "Deliver promise awareness sessions for the council, HSCP and commissioned services workforce (illustrative)",
                        CORPORATE_PARENTING_LEAD,
                        YearMonth.of(2023, MARCH),
                        null,
                        PEOPLE)
                .action(
                        "1.2",
                        "Publish local promise materials and links to national resources for teams (illustrative)",
                        CORPORATE_PARENTING_LEAD,
                        YearMonth.of(2022, MARCH),
                        null,
                        PEOPLE);
        sa.area(
                        2,
                        "Services and provision will be designed on the basis of need and with clear data, rather than on an acceptance of how the system has always operated.")
                .action(
                        "2.1",
                        "Map services for care experienced children and families against assessed need (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2022, DECEMBER),
                        null,
                        SCAFFOLDING);
        sa.phase("Medium term (2025-27)")
                .action(
                        "2.2",
                        "Build a joint needs and outcomes dataset with Community Planning partners, following Doing Data Differently (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2027, MARCH),
                        null,
                        SCAFFOLDING)
                .countingFrom("2022-06-01")
                .phase("Short term (2021-24)");
        sa.area(
                        3,
                        "Decisions made across South Ayrshire are underpinned by Children's rights and there will be well communicated and understood guidance in place that upholds children's rights and reflects equal protection legislation.")
                .action(
                        "3.1",
                        "Issue children's rights guidance reflecting UNCRC incorporation and equal protection legislation (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2023, DECEMBER),
                        null,
                        VOICE);
        sa.area(4, "Trauma informed and nurture approaches are standard and widespread practice across South Ayrshire")
                .action(
                        "4.1",
                        "Extend trauma informed practice training to every directorate (illustrative)",
                        CORPORATE_PARENTING_LEAD,
                        YearMonth.of(2024, MARCH),
                        null,
                        PEOPLE);
        sa.area(
                        5,
                        "South Ayrshire recognises that 'language creates realities' those with care experience must hold and own the narrative of their own lives")
                .action(
                        "5.1",
                        "Review letters, forms and report templates for stigmatising language with care experienced young people (illustrative)",
                        CORPORATE_PARENTING_LEAD,
                        YearMonth.of(2022, SEPTEMBER),
                        null,
                        VOICE);
        sa.area(
                        6,
                        "10 principles of intensive family support are embedded into the practice (planning, commissioning and delivery) across all of South Ayrshire's directorates and commissioned services")
                .action(
                        "6.1",
                        "Build the 10 principles of intensive family support into commissioning specifications (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2024, MARCH),
                        null,
                        FAMILY);
        sa.area(
                        7,
                        "There must be significant, ongoing and persistent commitment to ending poverty and mitigating its impacts for South Ayrshires children, families and communities.")
                .action(
                        "7.1",
                        "Offer welfare rights and income maximisation support to every care experienced household (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2023, MARCH),
                        null,
                        FAMILY);
        sa.area(
                        8,
                        "South Ayrshire must support the workforce to contribute to a broader understanding of risk. South Ayrshire must understand, through its people and structures, the risk of children not having loving supportive relationships and regular childhood and teenage experiences.")
                .action(
                        "8.1",
                        "Agree a shared approach to risk that weighs relationships and ordinary childhood experiences (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2024, MARCH),
                        null,
                        PEOPLE);
        sa.area(
                        9,
                        "A framework of support will be in place to ensure people involved in the care of care experienced children and young people feel valued, encouraged and have supportive relationships for reflection with high quality supervision and environmental conditions.")
                .action(
                        "9.1",
                        "Introduce reflective supervision for foster and kinship carers and residential staff (illustrative)",
                        HEAD_OF_SERVICE,
                        YearMonth.of(2024, MARCH),
                        null,
                        PEOPLE,
                        CARE);
        sa.area(
                        10,
                        "Care experienced children and young people will receive all they need to thrive at school. There will be no barriers to their engagement with education and schools will know and cherish their care experienced pupils.")
                .action(
                        "10.1",
                        "Track attendance, exclusions and attainment of care experienced pupils in every school (illustrative)",
                        CORPORATE_PARENTING_LEAD,
                        YearMonth.of(2024, JUNE),
                        null,
                        CARE);

        sa.benefit(
                        "promise-training",
                        QUANTITATIVE,
                        "Workforce who have completed promise awareness training (illustrative)")
                .forActions("1.1")
                .measure(
                        "Percentage of council, HSCP and commissioned services staff in roles with care experienced children and young people who have completed promise awareness training")
                .collectionMethod("Monthly extract from the learning management system")
                .dataSource("Council and HSCP learning records")
                .unit("%")
                .baseline("12", "2021-06-30")
                .target("80", "2023-03-31");
        sa.benefit("school-attendance", QUANTITATIVE, "School attendance of care experienced pupils (illustrative)")
                .forActions("10.1")
                .measure("Average attendance of care experienced pupils across South Ayrshire schools, all stages")
                .collectionMethod("Termly extract from the schools' management information system")
                .dataSource("Education management information")
                .unit("%")
                .baseline("84.5", "2021-06-30")
                .target("90", "2024-06-30");
        sa.benefit(
                        "family-support-spend-avoided",
                        CASHABLE,
                        "External placement spend avoided through intensive family support (illustrative)")
                .forActions("6.1")
                .measure(
                        "Cumulative external placement spend avoided where intensive family support let children stay at home")
                .collectionMethod("Quarterly finance monitoring")
                .dataSource("HSCP finance")
                .baseline("0", "2021-04-01")
                .target("400000", "2024-03-31");
        sa.benefit(
                        "workforce-confidence",
                        QUALITATIVE,
                        "Workforce confidence in applying the promise values (illustrative)")
                .forActions("1.1", "1.2")
                .measure(
                        "Evidence from staff surveys and stakeholder events that staff understand the promise and apply its values")
                .collectionMethod("Survey and feedback at stakeholder events, summarised twice a year")
                .dataSource("Corporate Parenting Lead Officer's stakeholder event records")
                .baselineEvidence(
                        "Illustrative baseline for the demo: awareness of the promise patchy outside children's services.",
                        "2021-06-30");
        sa.benefit(
                        "rights-in-decisions",
                        QUALITATIVE,
                        "Decisions about care show children's rights were considered (illustrative)")
                .forActions("3.1")
                .measure("Share of audited decision records that show children's rights were considered, with themes")
                .collectionMethod("Six-monthly audit of a sample of decision records, reported in aggregate")
                .dataSource("Children's services quality assurance audits")
                .baselineEvidence(
                        "Illustrative baseline for the demo: rights considered explicitly in a minority of audited decisions.",
                        "2021-12-31");
        // Never assessed: the dashboard shows NOT_ASSESSED for it.
        sa.benefit(
                        "destigmatising-language",
                        QUALITATIVE,
                        "Destigmatising language in letters, forms and reports (illustrative)")
                .forActions("5.1")
                .measure(
                        "Evidence from reviews by care experienced young people of council and HSCP letters, forms and report templates")
                .collectionMethod("Annual review panel with care experienced young people")
                .dataSource("Participation and engagement team records")
                .baselineEvidence(
                        "Illustrative baseline for the demo: templates use terms such as 'placement' and 'contact' without explanation.",
                        "2021-09-30");

        String learning = "Illustrative figure for the demo, as if from the learning management system";
        String schools = "Illustrative figure for the demo, as if from the schools' management information system";
        String finance = "Illustrative figure for the demo, as if from HSCP finance monitoring";
        String events = "Illustrative summary for the demo of stakeholder event feedback";
        String audit = "Illustrative summary for the demo of the six-monthly decision audit";
        String panel = "Illustrative summary for the demo of the young people's review panel";

        sa.on("2021-06-30")
                .status("1.1", ON_TARGET, "Illustrative status for the demo: awareness session programme agreed.")
                .status("1.2", ON_TARGET, "Illustrative status for the demo: local materials being drafted.")
                .status("2.1", ON_TARGET, "Illustrative status for the demo: service mapping started.");
        sa.on("2021-09-30")
                .status("5.1", ON_TARGET, "Illustrative status for the demo: young people's review panel recruited.")
                .status("10.1", ON_TARGET, "Illustrative status for the demo: data sharing with schools agreed.");
        sa.on("2021-12-31")
                .status(
                        "3.1",
                        ON_TARGET,
                        "Illustrative status for the demo: drafting group for the rights guidance formed.")
                .status("4.1", ON_TARGET, "Illustrative status for the demo: trauma informed training offer agreed.")
                .status("6.1", ON_TARGET, "Illustrative status for the demo: commissioning review started.")
                .measured("school-attendance", "85.1", schools)
                .measured("family-support-spend-avoided", "20000", finance);
        sa.on("2022-03-31")
                .status(
                        "1.2",
                        COMPLETED,
                        "Illustrative status for the demo: local promise materials and national links published for teams.")
                .measured("school-attendance", "84.0", schools)
                .measured("family-support-spend-avoided", "45000", finance);
        sa.on("2022-06-30")
                .superseded(
                        "2.1",
                        "2.2",
                        "Illustrative status for the demo: service mapping folded into a joint dataset with Community Planning partners (new action 2.2).")
                .measured("school-attendance", "85.6", schools)
                .measured("family-support-spend-avoided", "60000", finance)
                .evidence(
                        "workforce-confidence",
                        "Illustrative evidence for the demo: most staff at the spring stakeholder events could name the five foundations.",
                        events)
                .evidence(
                        "rights-in-decisions",
                        "Illustrative evidence for the demo: rights considered explicitly in about half of the audited decisions.",
                        audit);
        sa.on("2022-07-31")
                .status(
                        "2.2",
                        ON_TARGET,
                        "Illustrative status for the demo: data sharing agreement with partners in draft.")
                .measured("promise-training", "48", learning);
        sa.on("2022-08-31").measured("promise-training", "52", learning);
        sa.on("2022-09-30")
                .status(
                        "5.1",
                        COMPLETED,
                        "Illustrative status for the demo: templates revised with the young people's review panel.")
                .status("7.1", ON_TARGET, "Illustrative status for the demo: welfare rights referral route opened.")
                .status("8.1", ON_TARGET, "Illustrative status for the demo: risk workshops scheduled.")
                .status(
                        "9.1",
                        PROGRESSING,
                        "Illustrative status for the demo: recruiting supervisors has taken longer than planned.")
                .measured("promise-training", "55", learning)
                .measured("family-support-spend-avoided", "72000", finance)
                .evidence(
                        "destigmatising-language",
                        "Illustrative evidence for the demo: the panel reviewed twelve templates; nine rewritten in plain, non-stigmatising words.",
                        panel);
        sa.on("2022-10-31").measured("promise-training", "59", learning);
        sa.on("2022-11-30")
                .measured("promise-training", "62", learning)
                .note(
                        "1.1",
                        "Illustrative note for the demo: stakeholder events held for third sector and community partners.");
        sa.on("2022-12-31")
                .status(
                        "7.1",
                        PROGRESSING,
                        "Illustrative status for the demo: referrals lower than planned; promotion through schools agreed.")
                .measured("promise-training", "66", learning)
                .measured("school-attendance", "86.2", schools)
                .measured("family-support-spend-avoided", "80000", finance)
                .evidence(
                        "workforce-confidence",
                        "Illustrative evidence for the demo: autumn survey shows most respondents confident to apply the promise values.",
                        events)
                .evidence(
                        "rights-in-decisions",
                        "Illustrative evidence for the demo: rights considered in about two thirds of audited decisions; guidance not yet issued.",
                        audit)
                .rag(
                        "promise-training",
                        GREEN,
                        "Illustrative assessment for the demo: on course for 80% by March 2023.")
                .rag(
                        "school-attendance",
                        AMBER,
                        "Illustrative assessment for the demo: improving, but the gap to all pupils remains wide.")
                .rag(
                        "family-support-spend-avoided",
                        RED,
                        "Illustrative assessment for the demo: well behind the profile needed for March 2024; under scrutiny by the Strategic Change Executive.")
                .rag(
                        "workforce-confidence",
                        GREEN,
                        "Illustrative assessment for the demo: survey and event feedback consistently positive.")
                .rag(
                        "rights-in-decisions",
                        AMBER,
                        "Illustrative assessment for the demo: improving, but guidance is not yet issued.");
        sa.on("2023-01-31")
                .measured("promise-training", "71", learning)
                .note(
                        "10.1",
                        "Illustrative note for the demo: termly attendance figures now reach designated teachers in every school.");

        // What the committee was told (seed 001: report dated 20 February 2023, meeting 28 February 2023).
        sa.report(
                "Performance and Audit Committee",
                "2023-02-20",
                "South Ayrshire's Parenting Promise 2021-2030 - Progress Report");

        // Recorded after the report but effective before it: restatements of what the committee was told.
        sa.correct(
                "promise-training",
                "2023-01-31",
                "67",
                "Illustrative correction for the demo: the January extract counted staff who attended two sessions twice.");
        sa.on("2023-02-10")
                .status(
                        "3.1",
                        PROGRESSING,
                        "Illustrative status for the demo, recorded late: sign-off of the guidance slipped in early February.");

        // Later history, so the current view differs from the report.
        sa.on("2023-02-28").measured("promise-training", "70", learning);
        sa.on("2023-03-31")
                .status("1.1", COMPLETED, "Illustrative status for the demo: awareness session programme delivered.")
                .measured("promise-training", "76", learning)
                .measured("family-support-spend-avoided", "105000", finance);
        sa.on("2023-04-30")
                .rag(
                        "promise-training",
                        AMBER,
                        "Illustrative assessment for the demo: 76% at the target date, short of 80%.");
        sa.on("2023-06-30")
                .status(
                        "9.1",
                        ON_TARGET,
                        "Illustrative status for the demo: reflective supervision groups running for carers and residential staff.")
                .measured("school-attendance", "87.0", schools)
                .note("7.1", "Illustrative note for the demo: welfare rights drop-ins added at two secondary schools.");
        sa.on("2023-12-31")
                .status(
                        "3.1",
                        COMPLETED,
                        "Illustrative status for the demo: children's rights guidance issued and briefed to managers.")
                .measured("school-attendance", "87.9", schools)
                .evidence(
                        "rights-in-decisions",
                        "Illustrative evidence for the demo: rights considered in most audited decisions since the guidance was issued.",
                        audit)
                .rag(
                        "rights-in-decisions",
                        GREEN,
                        "Illustrative assessment for the demo: guidance issued and audits show it in use.");
        sa.on("2024-03-29")
                .status(
                        "4.1",
                        COMPLETED,
                        "Illustrative status for the demo: trauma informed training delivered in every directorate.")
                .status(
                        "6.1",
                        COMPLETED,
                        "Illustrative status for the demo: the 10 principles written into all new commissioning specifications.")
                .status(
                        "8.1",
                        COMPLETED,
                        "Illustrative status for the demo: shared approach to risk agreed across children's services.")
                .status(
                        "9.1",
                        COMPLETED,
                        "Illustrative status for the demo: reflective supervision part of the carer support framework.");
        sa.on("2024-06-28")
                .status("10.1", COMPLETED, "Illustrative status for the demo: tracking in place in every school.");
        return sa.build();
    }

    private static String lines(String... bullets) {
        return String.join("\n", bullets);
    }
}
