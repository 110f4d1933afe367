// The README's TypeScript example, type-checked under strict and run by .ci/run against the API it
// starts; .ci/run also checks that the README shows the lines between the markers as they are here.
//   npm ci && npm run build && AZCHINA_URL=http://127.0.0.1:5080 npm start
// README: begin
import createClient from "openapi-fetch";
import type { paths } from "./azchina";

// Every 200 is also offered as text/csv: asking for application/* makes `data` the JSON body
// and `error` the problem (application/problem+json), with no casts.
const api = createClient<paths, `application/${string}`>({ baseUrl: process.env.AZCHINA_URL ?? "http://127.0.0.1:5080" });

const { data: series, error } = await api.GET("/metrics/{name}", { params: { path: { name: "trade_turnover" } } });
if (error) throw new Error(`${error.status}: ${error.detail}`);
for (const o of series.observations) console.log(`${o.period}: ${o.display} (${o.agreement ?? "derived"})`);

const { data: page } = await api.GET("/events", { params: { query: { type: "state_visit", limit: 2 } } });
console.log(page?.items.map((e) => `${e.date.edtf} ${e.title}`).join("\n"));
// README: end

const missing = await api.GET("/events/{id}", { params: { path: { id: "no-such-event" } } });
if (missing.response.status !== 404 || !missing.error?.detail) throw new Error("expected a 404 problem");
console.log(`${missing.response.status}: ${missing.error.detail}`);
