import { DATE_YEARS } from "../../rules/validationCodes";
import type { Formatters, RuleTextsSource } from "../schema";

/** The catalog in English. Norwegian legal terms stay beside the translation where a caseworker would look for them. */
export const ruleTexts: RuleTextsSource = {
  rules: {
    "IP1-PROG": { title: "Extended programme time (integration package I)", summary: (r, f) => `Participants who started the introduction programme ([[nb:introduksjonsprogram]]) ${f.window(r.windows.programmeStart!)} and were still taking part on or after ${f.date(r.referenceDates.participatingFrom!)} could have the programme extended by up to ${f.months(r.figures.maxMonths!)}. The right is needs-tested: the municipality assesses whether more time is needed to get into work or education. Municipalities were paid by a distribution key, not per participant.` },
    "IP2-PROG": { title: "Extended programme time (integration package II)", summary: (r, f) => `Participants who started the introduction programme ${f.window(r.windows.programmeStart!)} and were still taking part on ${f.date(r.referenceDates.participatingOn!)} may have the programme extended by up to ${f.months(r.figures.maxMonths!)}. The right is needs-tested: the municipality assesses the need. The municipality receives a fixed grant per participant, after reporting to IMDi.` },
    "IP3-PROG": { title: "Extended programme time (integration package III)", summary: (r, f) => `Participants who started the introduction programme ${f.window(r.windows.programmeStart!)} and were still taking part on ${f.date(r.referenceDates.participatingOn!)} may have the programme extended by up to ${f.months(r.figures.maxMonths!)}. The right is needs-tested: the municipality assesses the need. The municipality receives a fixed grant per participant after reporting to IMDi.` },
    "Q122-PROG": { title: "Extended programme time (first-quarter 2022 package)", summary: (r, f) => `Participants due to finish the introduction programme ${f.window(r.windows.programmeEnd!)} may have it extended by up to ${f.months(r.figures.maxMonths!)} if they need more time to get into work or education. The end date decides, not the start date. The municipality is paid per participant as for packages II and III.` },
    "IP1-NOR": { title: "Extended Norwegian training (integration package I)", summary: (r, f) => `Participants who finished Norwegian training ${f.window(r.windows.trainingEnd!)} have the right to up to ${f.months(r.figures.maxMonths!)} of extended training. The right is not needs-tested: everyone in the target group gets the offer, and the municipality decides only how long. Municipalities were paid by a distribution key.` },
    "IP2-NOR": { title: "Extended Norwegian training (integration package II)", summary: (r, f) => `Participants with the right and duty to Norwegian and social-studies training under the Introduction Act ([[nb:introduksjonsloven]]) who finished training ${f.window(r.windows.trainingEnd!)} have the right to up to ${f.months(r.figures.maxMonths!)} of extended training. Not needs-tested; the municipality decides the length. The municipality receives a fixed grant per participant.` },
    "IP3-NOR": { title: "Extended Norwegian training (integration package III)", summary: (r, f) => `Participants with the right and duty to Norwegian and social-studies training who finished training ${f.window(r.windows.trainingEnd!)} have the right to up to ${f.months(r.figures.maxMonths!)} of extended training. Not needs-tested; the municipality decides the length. The municipality receives a fixed grant per participant.` },
    "Q122-NOR": { title: "Extended Norwegian training (first-quarter 2022 package)", summary: (r, f) => `Participants with the right and duty to training under section 17, first paragraph, of the Introduction Act who finished training ${f.window(r.windows.trainingEnd!)} have the right to up to ${f.months(r.figures.maxMonths!)} of extended training. Not needs-tested. The money reaches the municipality through the grant for Norwegian training.` },
    REINF: { title: "Reinforced introduction programme ([[nb:forsterket introduksjonsprogram]])", summary: (r, f) => `Participants who started the introduction programme ${f.window(r.windows.programmeStart!)} have the right to have their plan revised and an end goal ([[nb:sluttmål]]) set. With the end goal of completed upper-secondary education the programme may last up to ${f.months(r.figures.maxMonths!)}, and be extended by up to ${f.months(r.figures.extensionMonths!)} if completion is expected with more time.` },
    CAREER: { title: "Career guidance for programme participants ([[nb:karriereveiledning]])", summary: "Every introduction-programme participant has the right to have their need for career guidance assessed, and to receive guidance if needed. The county authority provides it and received dedicated funds during the pandemic." },
    "UA-MAP": { title: "Competence mapping ([[nb:kompetansekartlegging]]), collective protection", summary: "People with collective protection have the right, but not the duty, to competence mapping after settlement, unless they were mapped before." },
    "UA-CAREER": { title: "Career guidance ([[nb:karriereveiledning]]), collective protection", summary: "People with collective protection have the right, but not the duty, to career guidance. The county authority provides it. It may be given in groups and need not end in a recommendation." },
    "UA-PLAN": { title: "Simplified integration plan ([[nb:forenklet integreringsplan]])", summary: "The municipality draws up a simplified integration plan with the participant: at least the end goal, duration, content and programme elements. It need not be made with the decision, nor be based on mapping or career guidance." },
    "UA-CONTENT": { title: "Programme content, collective protection", summary: "The programme must at least contain work- or education-oriented elements and a language offer. A fast track, paid work, career guidance, life skills and social studies may be included but are not required." },
    "UA-PARENT": { title: "Parent guidance ([[nb:foreldreveiledning]])", summary: (r) => `Participants with children under ${r.figures.childrenUnderAge} must attend a parent-guidance course as part of the programme.` },
    "UA-DUR-VGS": { title: "Duration with upper-secondary education", summary: (r, f) => `Participants who already have upper-secondary education have the right to a programme of up to ${f.months(r.figures.maxMonths!)}, which may be extended by up to ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-U25": { title: (r) => `Duration under ${r.figures.maxAge} without upper secondary`, summary: (r, f) => `For participants under ${r.figures.maxAge} without upper-secondary education the end goal is normally completed upper-secondary education, and the programme may then last from ${f.months(r.figures.minMonths!)} to ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. With another end goal it may last from ${f.months(r.figures.minMonths!)} to ${f.months(r.figures.otherGoalMaxMonths!)}. Both may be extended by up to ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-25": { title: (r) => `Duration from ${r.figures.minAge} without upper secondary`, summary: (r, f) => `For participants aged ${r.figures.minAge} or more without upper-secondary education the end goal is work or all or part of primary or upper-secondary school, and the programme may last from ${f.months(r.figures.minMonths!)} to ${f.months(r.figures.otherGoalMaxMonths!)}. With the end goal of completed upper secondary it may last from ${f.months(r.figures.minMonths!)} to ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. Both may be extended by up to ${f.months(r.figures.extensionMonths!)}.` },
    "UA-EXT": { title: "Extension of the programme", summary: "The programme may be extended only if the participant is expected to reach the end goal with the extension; the municipality assesses this. Approved leave is added to the duration." },
    "UA-NOR": { title: "Norwegian training, collective protection", summary: (r, f) => `People with collective protection from age ${r.figures.minAge} until they turn ${r.figures.maxAge} have the right, but not the duty, to Norwegian training for up to ${f.months(r.figures.maxMonths!)} from the start. They have no right or duty to social studies. Tests are not compulsory, but a free final test must be offered. The municipality makes a Norwegian plan ([[nb:norskplan]]) with the decision.` },
    "UA-PART": { title: "Part-time programme", summary: "People with collective protection may take part in the introduction programme part-time." },
    "UA-DECIDE": { title: "Decision deadline, collective protection", summary: (r, f) => `The municipality must decide and start the programme as soon as possible, and at the latest ${f.months(r.figures.deadlineMonths!)} after settlement or after the claim for a programme.` },
    "UA-NIR": { title: "Registration in NIR, collective protection", summary: (r, f) => `The municipality must register the decision and participation in the National Introduction Register ([[nb:Nasjonalt introduksjonsregister]], NIR) within ${f.months(r.figures.deadlineMonths!)} after the information is available.` },
    "UA-CONTRACT": { title: "No integration contract ([[nb:integreringskontrakt]])", summary: "No integration contract is made for people with collective protection." },
    "UA-BENEFIT": { title: "Introduction benefit ([[nb:introduksjonsstønad]]), collective protection", summary: "Participants in the introduction programme have the right to the introduction benefit." },
    "ORD-MAP": { title: "Competence mapping ([[nb:kompetansekartlegging]])", summary: "People who will take part in the introduction programme have the right and the duty to competence mapping after settlement, unless they were mapped before." },
    "ORD-CAREER": { title: "Career guidance ([[nb:karriereveiledning]])", summary: "People in the introduction programme's target group have the right and the duty to career guidance. The county authority provides it." },
    "ORD-PLAN": { title: "Integration plan ([[nb:integreringsplan]])", summary: "The municipality draws up an integration plan with the participant: end goal and Norwegian goal, the extent of Norwegian and social-studies training, and the programme's duration and content." },
    "ORD-CONTRACT": { title: "Integration contract ([[nb:integreringskontrakt]])", summary: "The municipality and the participant enter into an integration contract when the integration plan is made." },
    "ORD-FULLTIME": { title: "Full-time, year-round programme", summary: "The introduction programme is full-time and year-round, with several compulsory elements." },
    "ORD-DECIDE": { title: "Decision deadline", summary: (r, f) => `The municipality must decide on the introduction programme and start it as soon as possible, and at the latest ${f.months(r.figures.deadlineMonths!)} after settlement or a claim for a programme.` },
    "ORD-NOR": { title: "Start of Norwegian and social-studies training", summary: (r, f) => `Training must start as soon as possible, and at the latest ${f.months(r.figures.deadlineMonths!)} after registration in the population register ([[nb:folkeregistrering]]) in the municipality or after a claim for training.` },
    "ORD-NIR": { title: "Registration in NIR", summary: (r, f) => `The municipality must register the decision and participation in the National Introduction Register (NIR) within ${f.months(r.figures.deadlineMonths!)} after the information is available.` },
    "RECEPTION-2021": { title: "Grant for qualification in integration reception centres ([[nb:integreringsmottak]])", summary: "Municipalities with an integration reception centre can receive a grant per place per month for a full-time programme for residents. It requires a cooperation agreement with the reception centre, the career centre and the NAV office. The municipality accepts the grant letter, reports every quarter and delivers an annual report with project accounts." },
    "DEV-2023": { title: "Grant for developing municipal integration measures (extraordinary call)", summary: "An extraordinary call for short, work-oriented introduction programmes. The municipality applies alone or as the lead of several municipalities, contributes its own share and tries out new measures, not ordinary operations. There is no right of appeal." },
    "VACC-MUNI-2022": { title: "Grant for vaccination information work in municipalities", summary: "Ten municipalities with the most residents from the immigrant groups with the lowest vaccination rates received a special grant to lower the barriers to vaccination. They deliver a short report on the use of the funds and then an annual report." },
    "VACC-NGO-2022": { title: "Grant for information work by voluntary organisations", summary: "Voluntary organisations could receive a grant to pass the authorities' vaccination advice on to the immigrant population. Part is earmarked for three organisations working against negative social control." },
    SETTLE: { title: "Grants on settlement", summary: "Settlement by agreement with IMDi triggers the integration grant ([[nb:integreringstilskudd]]), and settling unaccompanied minors triggers a grant of its own. These and the grant for Norwegian training are paid automatically. The extra grant ([[nb:ekstratilskudd]]) must be applied for. The sources give no current rates, so Rettsjekk shows none." },
  },
  notes: {
    "N1-IP2-IP3-BOUNDARY": "The source describes package II as \"between 1 January and 1 July 2019\" and package III as \"between 1 July 2019 and 1 January 2020\", so 1 July 2019 fits both. Rettsjekk uses half-open periods: a start on 1 July 2019 belongs to package III.",
    "N2-NOR-JULY-BOUNDARY": "Package III for Norwegian training applies \"from and including 1 July 2021\". So training ending on 1 July 2021 is package III, and package II ends on 30 June 2021.",
    "N3-START-2019-01-01": "\"Before 1 January 2019\" gives six months, \"between 1 January 2019 and 1 January 2020\" gives four, and the reinforced programme applies \"after 1 January 2019\". Rettsjekk gives a start on exactly 1 January 2019 four months and the reinforced programme.",
    "N4-NOR-2020-12-31": "\"Finished before 31 December 2020\" and \"between 1 January 2021 and 31 December 2021\" leave 31 December 2020 open. Rettsjekk counts training ending on 31 December 2020 in the six-month group.",
    "N5-PARTICIPATING-ON-REFERENCE-DATE": "The condition of still taking part on a given date appears in IMDi's description of the reporting, and is a condition of the grant. Someone not taking part on that date is not counted in the package.",
    "N6-Q122-BY-END-DATE": "The first-quarter 2022 package covers participants due to finish the programme in that period. So the (planned) end date decides, not the start date.",
    "N7-PACKAGE-I-LOWER-BOUND": "The sources give no lower bound for package I. The 2020 consultation aimed the measures at participants in the final phase and at those finishing Norwegian training in autumn 2020, with rules from 1 August 2020. So Rettsjekk does not count a programme or training that ended before 1 August 2020. This bound comes from the consultation, not from the act's text.",
    "N8-PACKAGE-REPORTING": "IMDi paid package I by a distribution key, package II after a survey in June 2021, and package III after a reporting form in November 2021. That form was also the last chance to report use of package II.",
    "MONTH-ARITHMETIC": "Deadlines of a number of months are counted as in Norwegian law ([[nb:domstolloven § 148]]): the same day number that many months later, or the last day of the month when that day does not exist. 30 November plus three months is 29 February in a leap year.",
    "REGISTRATION-FROM-SETTLEMENT": "The deadline for starting Norwegian training counts from registration in the population register ([[nb:folkeregistrering]]) in the municipality or from the claim for training. Rettsjekk counts from the settlement date you gave, since people who are settled register their new address then. If the registration or claim was on another date, the deadline moves with it.",
    "UA-END-DATE-ANNOUNCED": "IMDi has said the temporary rules apply \"for now until 1 July 2026\" (an older page said 1 July 2024). The sources confirm neither an extension nor an end. Rettsjekk therefore keeps evaluating the rules after that date. Check with the municipality or IMDi what applies now.",
    "LEGAL-BASIS-SELF-DECLARED": "The answer builds on the legal basis given. The municipality decides which act applies to you.",
    "VACC-TOTAL-DISCREPANCY": (rule, f) => `The ministry's letter states ${f.nok(rule("VACC-MUNI-2022").amounts["vacc-muni-total"]!)} in total, but the ten amounts in its table add up to ${f.nok(rule("VACC-MUNI-2022").listedSum)}. Rettsjekk shows both figures.`,
    "HISTORICAL-RULE": "This rule belonged to a period that has ended. The answer tells whether the person was in the target group then (for audits and reporting), not that the measure can be granted today.",
    "N9-Q122-EXTENSION-PERIOD": "A programme or training that ended on the last day of the period could be extended by up to as many months as the rule gives. Rettsjekk therefore treats the first-quarter 2022 package as current until that extension could have run out, not only until the end of the period.",
    "N10-IP1-NOR-NO-RIGHT-AND-DUTY": "IMDi states the condition of a right and duty to Norwegian and social studies training ([[nb:introduksjonsloven § 17 første ledd]]) for package II, package III and the first-quarter 2022 package, but not for package I. Rettsjekk therefore does not require it for package I.",
    "UA-NOR-AGE-67": "The act gives the right to Norwegian training to people «[[nb:mellom 18 og 67 år]]» (between 18 and 67). Rettsjekk reads this as from the 18th birthday until the 67th: someone who is 67 does not have the right.",
    "CHAPTER-6A-NOT-APPLICABLE": "The temporary rules of chapter 6A of the Integration Act do not apply here: either the residence permit was granted before the period the chapter covers, or the assessment date is before the chapter came into force (see the conditions). Where chapter 6A does not apply, the ordinary rules of the Integration Act do, and Rettsjekk assesses those.",
  },
  measures: {
    "extended-programme": "Extended programme time",
    "extended-norwegian": "Extended Norwegian training",
    "reinforced-programme": "Reinforced introduction programme",
    "career-guidance": "Career guidance",
    "competence-mapping": "Competence mapping",
    "integration-plan": "Integration plan",
    "programme-content": "Programme content",
    "parent-guidance": "Parent guidance",
    "programme-duration": "Programme duration",
    "programme-extension": "Extension",
    "norwegian-training": "Norwegian training",
    "part-time": "Part-time",
    "decision-deadline": "Decision deadline",
    register: "Registration in NIR",
    "integration-contract": "Integration contract",
    "introduction-benefit": "Introduction benefit",
    "programme-form": "Programme form",
    grant: "Grant",
  },
  groups: {
    covid: "The COVID-19 packages and temporary acts",
    "collective-protection": "Temporary rules for people with collective protection",
    ordinary: "Ordinary participants under the Integration Act",
    grant: "Grants for municipalities and organisations",
  },
  statuses: {
    entitled: "Entitled",
    "needs-assessment": "The municipality assesses the need",
    applies: "Applies",
    "not-entitled": "Not entitled",
    "missing-information": "Information missing",
  },
  statusesForInformation: {
    entitled: "Applies",
    "needs-assessment": "The municipality assesses",
    applies: "Applies",
    "not-entitled": "Does not apply",
    "missing-information": "Information missing",
  },
  kinds: {
    right: "Right",
    "right-and-duty": "Right and duty",
    duty: "Duty",
    information: "For information",
    "grant-scheme": "Grant scheme",
  },
  legalBases: {
    introduksjonsloven: "Introduction Act ([[nb:introduksjonsloven]]; settled before 2021)",
    integreringsloven: "Integration Act ([[nb:integreringsloven]])",
    "collective-protection": "Temporary collective protection ([[nb:kollektiv beskyttelse]], [[nb:utlendingsloven § 34]])",
  },
  endGoals: {
    work: "work",
    education: "education (all or part of primary or upper-secondary school)",
    "upper-secondary": "completed upper-secondary education",
    other: "another end goal",
  },
  fields: {
    "programme.start": "Start date of the introduction programme",
    "programme.end": "End date of the introduction programme (actual or planned)",
    "norwegianTraining.rightAndDuty": "Right and duty to Norwegian and social-studies training",
    "norwegianTraining.end": "Date Norwegian training ended or ends",
    age: "Age",
    upperSecondary: "Upper-secondary education already",
    endGoal: "End goal of the programme",
    childrenUnder18: "Children under 18",
    settled: "Date of settlement in the municipality",
    permitGranted: "Date the residence permit was granted",
  },
  seeds: {
    S0: "IMDi: the integration packages and temporary acts during the pandemic",
    S1: "IMDi: extraordinary call, grant for developing municipal integration measures",
    S2: "IMDi: grant for qualification of residents in integration reception centres",
    S3: "Ministry: supplement no. 1 to IMDi's 2022 allocation letter",
    S4: "IMDi: information for municipalities that have not settled refugees lately",
  },
  sourceName: (s) => `${s.kind === "imdi-page" ? "IMDi's page" : "The ministry's letter"} “${s.title}”, ${s.kind === "imdi-page" ? "last updated" : "dated"} ${s.date}`,
  grantConditions: {
    "reception-has-centre": "The municipality has an integration reception centre",
    "reception-cooperation-agreement": "There is a cooperation agreement between the municipality and its asylum reception centre, career centre and NAV office",
    "reception-full-time-programme": "The grant funds a full-time programme for residents",
    "reception-not-covered-elsewhere": "The grant does not pay for what other schemes already cover",
    "dev-municipality-applies": "The municipality applies, alone or as the lead of a group of municipalities",
    "dev-own-contribution": "The municipality contributes its own share",
    "dev-min-participants": (rule) => `The project has at least ${rule("DEV-2023").figures.minParticipants} participants`,
    "dev-earlier-projects": "The municipality can point to earlier projects of good quality",
    "dev-new-measures": "The measure is new or a further development, not ordinary operations or an existing measure",
    "dev-curricula": "Training follows the current curricula (except language training for chapter 6A participants)",
    "vacc-muni-named": "The municipality is one of the ten named by the ministry",
    "vacc-ngo-voluntary": "The organisation is voluntary and does information work on vaccination",
    "vacc-ngo-earmarked": "Part is earmarked for three organisations working against negative social control",
    "settle-automatic": "The integration grant, the unaccompanied-minor grant and the Norwegian-training grant are paid automatically",
    "settle-extra-applied": "The extra grant must be applied for: grant 1 once in the first or second year, grant 2 yearly for up to five years",
  },
  deadlines: {
    apply: "Application deadline",
    report: "Reporting deadline",
    "annual-report": "Annual report and accounts",
    "accept-letter": "Deadline to accept the grant letter",
    "quarterly-report": "Grant report every quarter",
    "short-report": "Short report on the use of funds",
  },
  amounts: {
    "reception-rate": "Rate per place per month",
    "dev-frame": "Frame of the call",
    "vacc-muni-total": "Total grant (as stated)",
    "vacc-muni-listed-sum": "Sum of the amounts in the table",
    "vacc-ngo-total": "Total grant",
    "vacc-ngo-earmarked": "Earmarked for work against negative social control",
    "vacc-ngo-per-organisation": "Per organisation",
    "career-county-funding": "Funds for the county authorities",
  },
  condition: {
    "rules-in-force": (r, f) =>
      r.held ? `The rules applied on the assessment date (from ${f.date(r.date!)}).` : `The rules apply only from ${f.date(r.date!)}, and the assessment date is ${f.date(String(r.actual))}.`,
    "programme-participant": (r, f) =>
      r.held ? `In the introduction programme from ${f.date(r.period!.start!)}.` : "The programme start date is not given.",
    "programme-start-in-window": (r, f) =>
      r.held === null
        ? `Programme start date not given; the rule needs a start ${f.window(r.window!)}.`
        : `Programme started ${f.date(String(r.actual))}, ${r.held ? "inside" : "outside"} the window ${f.window(r.window!)}.`,
    "programme-end-in-window": (r, f) =>
      r.held === null
        ? `Programme end date not given; the rule needs an end ${f.window(r.window!)}.`
        : `Programme ends ${f.date(String(r.actual))}, ${r.held ? "inside" : "outside"} the window ${f.window(r.window!)}.`,
    "training-end-in-window": (r, f) =>
      r.held === null
        ? `The date Norwegian training ended is not given; the rule needs an end ${f.window(r.window!)}.`
        : `Norwegian training ended ${f.date(String(r.actual))}, ${r.held ? "inside" : "outside"} the window ${f.window(r.window!)}.`,
    "permit-granted-in-window": (r, f) =>
      r.held === null
        ? `The permit date is not given; the rules cover permits granted ${f.window(r.window!)}.`
        : `Residence permit granted ${f.date(String(r.actual))}, ${r.held ? "inside" : "outside"} the window ${f.window(r.window!)}.`,
    "participating-on": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "on"),
    "participating-on-or-after": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "on or after"),
    "right-and-duty": (r) =>
      r.held === null ? "Not given whether the participant has the right and duty to Norwegian and social-studies training." : r.held ? "Has the right and duty to Norwegian and social-studies training." : "Does not have the right and duty to Norwegian and social-studies training, which the rule requires.",
    "upper-secondary": (r) =>
      r.held === null ? "Not given whether the participant already has upper-secondary education." : r.actual ? "Already has upper-secondary education." : "Does not have upper-secondary education.",
    "age-under": (r) => (r.held === null ? `Age not given; the rule applies under ${r.max}.` : `Age ${r.actual}, ${r.held ? "under" : "not under"} ${r.max}.`),
    "age-at-least": (r) => (r.held === null ? `Age not given; the rule applies from ${r.min}.` : `Age ${r.actual}, ${r.held ? "" : "not "}${r.min} or over.`),
    "age-between": (r) => (r.held === null ? `Age not given; the rule applies from the ${r.min}th birthday until the ${r.max}th.` : `Age ${r.actual}, ${r.held ? "inside" : "outside"} the age limit (from the ${r.min}th birthday until the ${r.max}th).`),
    "children-under-18": (r) => (r.held === null ? "Not given whether the participant has children under 18." : r.held ? "Has children under 18." : "Has no children under 18."),
    "end-goal": (r, f) => (r.held === null ? "The programme's end goal is not given." : `End goal: ${f.endGoal(r.actual as never)}.`),
    "date-known": (r, f) => (r.held === null ? `${f.field(r.field!)}: not given.` : `${f.field(r.field!)}: ${f.date(String(r.actual))}.`),
    "chapter-6a-not-applicable": (r, f) =>
      r.field === "permitGranted"
        ? `The residence permit was granted on ${f.date(String(r.actual))}, outside the period for chapter 6A (${f.window(r.window!)}). The ordinary rules apply.`
        : `The assessment date ${f.date(String(r.actual))} is before chapter 6A came into force on ${f.date(r.date!)}. The ordinary rules apply.`,
  },
  miss: {
    "rules-in-force": (m, f) => `The rules apply from ${f.date(m.nearest!)}${m.days ? ` (${f.days(m.days)} later)` : ""}.`,
    "programme-participant": () => "The rule applies to introduction-programme participants.",
    "programme-start-in-window": (m, f) => `The programme would have had to start ${f.window(m.reason.window!)}${near(m, f)}.`,
    "programme-end-in-window": (m, f) => `The programme would have had to end ${f.window(m.reason.window!)}${near(m, f)}.`,
    "training-end-in-window": (m, f) => `Training would have had to end ${f.window(m.reason.window!)}${near(m, f)}.`,
    "permit-granted-in-window": (m, f) => `The permit would have had to be granted ${f.window(m.reason.window!)}${near(m, f)}.`,
    "participating-on": (m, f) => `The participant would have had to still be in the programme on ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} longer)` : ""}.`,
    "participating-on-or-after": (m, f) => `The programme would have had to last until at least ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} longer)` : ""}.`,
    "right-and-duty": () => "The rule applies only to participants with the right and duty to Norwegian and social-studies training.",
    "upper-secondary": (m) => (m.reason.expected ? "The rule applies to participants who already have upper-secondary education." : "The rule applies to participants without upper-secondary education."),
    "age-under": (m) => `The rule applies to participants under ${m.reason.max}.`,
    "age-at-least": (m) => `The rule applies to participants aged ${m.reason.min} or over.`,
    "age-between": (m) => `The rule applies from the ${m.reason.min}th birthday until the ${m.reason.max}th.`,
    "children-under-18": () => "The duty applies only to participants with children under 18.",
    "end-goal": (m, f) => `The rule applies to the end goals: ${((m.reason.expected as string[]) ?? []).map((g) => f.endGoal(g as never)).join(", ")}.`,
    "date-known": (m, f) => `${f.field(m.field!)} must be given.`,
    "chapter-6a-not-applicable": () => "The ordinary rules apply only where chapter 6A does not.",
  },
  deadline: (d, f) =>
    `${d.what === "decision" ? "Decision and start" : "Start of Norwegian training"} by ${f.date(d.due)} at the latest (${f.months(d.months)} after settlement on ${f.date(d.from)}).`,
  validation: {
    required: "This field is required.",
    "invalid-date": "Write the date as YYYY-MM-DD, for example 2019-08-15.",
    "impossible-date": "This date does not exist in the calendar.",
    "end-before-start": "The end date cannot be before the start date.",
    "invalid-type": "The value has the wrong type.",
    "invalid-value": "The value is not one of the allowed options.",
    "too-small": "The value is too small.",
    "too-large": "The value is too large.",
    "unknown-field": "This field is not recognised.",
    "too-long": "The text is too long.",
    "body-too-large": "The content is too large.",
    "malformed-json": "The content is not valid JSON.",
    "unsupported-media-type": "This format is not supported.",
    "national-id": "The text seems to contain a national identity number or D-number. The report must hold counts only, never personal data.",
    "date-out-of-range": `The year must be between ${DATE_YEARS.min} and ${DATE_YEARS.max}.`,
    "after-assessment-date": "The date is after the assessment date. Give a date that has already passed, or choose a later assessment date.",
  },
};

function near(m: { nearest?: string; days?: number }, f: Pick<Formatters, "date" | "days">): string {
  return m.nearest ? ` — the nearest date that would have qualified is ${f.date(m.nearest)}${m.days ? `, ${f.days(m.days)} away` : ""}` : "";
}

function participation(
  held: boolean | null,
  date: string,
  period: { start?: string; end?: string } | undefined,
  f: { date: (d: string) => string },
  preposition: string,
): string {
  const span = period?.start ? `programme: ${f.date(period.start)}–${period.end ? f.date(period.end) : "ongoing"}` : "start date not given";
  if (held === null) return `Not enough is given to know whether the participant was in the programme ${preposition} ${date}.`;
  return `${held ? "Was" : "Was not"} in the programme ${preposition} ${date} (${span}).`;
}
