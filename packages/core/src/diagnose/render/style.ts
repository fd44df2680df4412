/** The report's stylesheet, inlined so the page needs nothing beside it. Light and dark follow the system; every
 * text colour keeps WCAG AA contrast (the browser test runs axe). */
export const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --bg: #fff; --line: #d1d9e0; --card: #f6f8fa; --link: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #30363d; --card: #151b23; --link: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
a { color: var(--link); }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 20px 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .k { color: var(--muted); font-size: 13px; }
.card .v { font-size: 24px; font-weight: 600; }
.card small { font-size: 14px; font-weight: 400; color: var(--muted); }
.findings { list-style: none; padding: 0; }
.findings li { border-left: 4px solid var(--line); padding: 6px 12px; margin: 10px 0; background: var(--card); }
.findings li.note { border-left-style: dashed; }
.findings p { margin: 4px 0; }
.verdict { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; color: #fff; background: #59636e; }
.v-tenant-policy-or-scope-design { background: #8250df; }
.v-consent-ux-abandonment { background: #9a6700; }
.v-consent-not-granted { background: #0969da; }
.v-user-credentials { background: #cf222e; }
.v-mfa-or-conditional-access { background: #1a7f37; }
.v-app-misconfiguration { background: #bc4c00; }
.v-service-side { background: #59636e; }
.v-note { background: #57606a; }
.chart { margin: 16px 0; }
.chart figcaption { font-weight: 600; margin-bottom: 4px; }
.chart svg { width: 100%; height: auto; display: block; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .tick, .chart .label { fill: var(--fg); font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 13px; margin-top: 4px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
`;
