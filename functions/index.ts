/**
 * Worker entry: mounts one sub-app per resource. Static pages are served from ./dist before this code
 * runs; wrangler.toml's `run_worker_first` sends /api/* and the Worker-rendered pages here.
 */
import { createApp } from "./app";
import { eligibility } from "./eligibility";
import health from "./health";
import { batchApi } from "./batch/api";
import { checkerPages } from "./checker/pages";
import { adminApi } from "./intake/admin/api";
import { jsonPosts, noStore, sameOriginApi } from "./intake/admin/guards";
import { reportApi } from "./intake/api";
import { handleMailBatch } from "./intake/mail/consumer";
import type { MailMessage } from "./intake/mail/dispatch";
import { adminPages } from "./intake/pages/admin";
import { reportPages } from "./intake/pages/report";
import { createPagesApp } from "./pages/app";
import { toolPages } from "./tools/pages";
import { rulesApi } from "./rules-api";
import { runSchedule } from "./intake/scheduled";
import { ruleChangesApi } from "./rules-api/changes";
import { verifyApi } from "./eligibility/verify";
import { deadlinesApi } from "./eligibility/deadlines";
import { decisionsApi } from "./decisions";
import { RULES_VERSION } from "./core/rules";

const api = createApp();
// Before the routes, by path, so every admin and report route has them, also ones mounted later.
api.use("/v1/admin/*", noStore(), sameOriginApi(), jsonPosts());
api.use("/v1/report/*", sameOriginApi());
api.route("/health", health);
api.route("/v1/eligibility/batch", batchApi);
api.route("/v1/eligibility/verify", verifyApi);
api.route("/v1/eligibility/deadlines.ics", deadlinesApi);
api.route("/v1/eligibility", eligibility);
// Before the rules: "/v1/rules/{id}" would take "changes" for a rule id.
api.route("/v1/rules/changes", ruleChangesApi);
api.route("/v1/rules", rulesApi);
api.route("/v1/decisions/draft", decisionsApi);
api.route("/v1/report", reportApi);
api.route("/v1/admin", adminApi);
api.doc31("/v1/openapi.json", {
  openapi: "3.1.0",
  info: {
    title: "Rettsjekk API",
    version: RULES_VERSION,
    description:
      "IMDi's integration rules as a cited catalog, and eligibility determinations from it. Errors are RFC 9457 problem details.",
  },
});

/** Pages the Worker renders into the site's shells (report intake, admin, checker without JavaScript). */
const pages = createPagesApp();
pages.route("/rapport", reportPages);
pages.route("/admin", adminPages);
pages.route("/", checkerPages);
pages.route("/", toolPages);

export default {
  fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    return pathname === "/api" || pathname.startsWith("/api/") ? api.fetch(request, env, ctx) : pages.fetch(request, env, ctx);
  },
  /** The mail queue and its dead-letter queue (functions/intake/mail/consumer.ts). */
  async queue(batch, env) {
    await handleMailBatch(batch, env);
  },
  /** Reminders, the sweep of queued e-mails and housekeeping, on the Cron Trigger (functions/intake/scheduled.ts). */
  async scheduled(controller, env) {
    await runSchedule(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env, MailMessage>;
