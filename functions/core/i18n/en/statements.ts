import type { StatementStrings } from "../schema";

/** The accessibility statement (in uustatus' structure) and the privacy statement. The operator comes from configuration. */
export const statements: StatementStrings = {
  updated: "Last updated",
  demoNotice: "Demo installation: the operator is not configured. The name and contact address below are placeholders; set OPERATOR_NAME and OPERATOR_EMAIL in wrangler.toml's [vars] before the service is published.",
  accessibility: {
    title: "Accessibility statement",
    lead: (o) => `${o.name} is responsible for Rettsjekk. Public websites in Norway must meet the requirements for universal design of ICT, which refer to WCAG 2.1 levels A and AA. This is Rettsjekk's status.`,
    sections: (o) => [
      { heading: "Status", paragraphs: ["We believe Rettsjekk meets WCAG 2.1 at levels A and AA. This is our own assessment (self-assessment), not one made by an independent party."] },
      { heading: "How we tested", paragraphs: ["Every page in four languages is tested automatically with axe in Chromium on every change. We also test with the keyboard, at widths down to 320 pixels (400 per cent zoom) and without JavaScript."] },
      {
        heading: "Known deviations and limitations",
        paragraphs: ["We know of no failure to meet the requirements. These parts work differently from the rest of the service:"],
        items: [
          "Search needs JavaScript. Without JavaScript we show the link to the list of all rules.",
          "Checking a participant list needs JavaScript, because the file is read in the browser and not uploaded. Systems can use the API.",
          "Acts and sources we link to (for example Lovdata) are outside Rettsjekk.",
          "The service has not been tested by screen-reader users.",
        ],
      },
      { heading: "Give us feedback", paragraphs: [`Did you find something that does not work, or do you need the content in another form? Write to ${o.name}.`], links: [{ text: o.email, href: `mailto:${o.email}` }] },
      {
        heading: "Complaints and supervision",
        paragraphs: ["If you get no answer, or are not satisfied with it, you can tell the Authority for Universal Design of ICT ([[nb:Tilsynet for universell utforming av IKT]], uutilsynet), which supervises public websites."],
        links: [{ text: "[[nb:Tilsynet for universell utforming av IKT]]", href: "https://www.uutilsynet.no/" }],
      },
    ],
  },
  privacy: {
    title: "Privacy statement",
    lead: (o) => `${o.name} is the controller for Rettsjekk. This statement says what the service processes, why, for how long, and what your rights are.`,
    sections: (o) => [
      {
        heading: "When you read the rules or check what you are entitled to",
        paragraphs: [
          "Rettsjekk stores no personal data about you. With JavaScript your answers stay in your browser. Without JavaScript they are sent to the service to work out the answer, and they are not stored.",
          "Participant lists are read only in the caseworker's browser. No rows are uploaded.",
        ],
      },
      {
        heading: "When a municipality reports to IMDi",
        paragraphs: ["Reports hold counts only, never names or national identity numbers. The service processes:"],
        items: [
          "the contact addresses (e-mail) municipalities have given, to send links and reminders; they are kept as long as they are registered as the municipality's contact",
          "a cookie for signing in with the link; it is needed for the form to work and is deleted when the browser closes",
          "who at IMDi opened rounds and sent links: the e-mail address from the sign-in (Cloudflare Access) is kept in an audit log that cannot be changed",
        ],
      },
      { heading: "Logs", paragraphs: ["Each request gives one log line with method, address pattern, status, duration and a request id. The logs hold no IP addresses, content or personal data. The service runs on Cloudflare, which processes IP addresses to deliver the pages, as a data processor."] },
      { heading: "Purpose and legal basis", paragraphs: ["The purpose is to administer the grant schemes and the municipalities' reporting. The legal basis is that processing is necessary for a task in the public interest or in the exercise of official authority (GDPR Article 6(1)(e)). We use no cookies for analytics or tracking."] },
      {
        heading: "Your rights",
        paragraphs: [`You have the right of access, rectification, erasure and restriction, and to object to the processing. Write to ${o.name}. If you believe we process personal data unlawfully, you can complain to the Norwegian Data Protection Authority ([[nb:Datatilsynet]]).`],
        links: [{ text: o.email, href: `mailto:${o.email}` }, { text: "[[nb:Datatilsynet]]", href: "https://www.datatilsynet.no/" }],
      },
    ],
  },
};
