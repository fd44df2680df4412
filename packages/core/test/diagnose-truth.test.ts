import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/diagnose/index.js';
import type { DiagnoseReport } from '../src/diagnose/schema.js';
import { FORMATS, type FormatName, graphPages } from './signin-formats.js';
import { generateSignIns } from './signin-generator.js';

/** The generator plants one scenario per app; every format must give back exactly the planted findings. */
const log = generateSignIns({ seed: 7 });

function readings(report: DiagnoseReport) {
  return Object.fromEntries(report.apps.map((a) => [a.appDisplayName, a.findings.map((f) => `${f.code} ${f.verdict}`).sort()]));
}
const truth = Object.fromEntries(log.apps.map((a) => [a.appName, a.expected.map((e) => `${e.code} ${e.verdict}`).sort()]));

describe('diagnose on generated logs with planted scenarios', () => {
  it.each(Object.keys(FORMATS) as FormatName[])('reads %s and finds exactly what was planted', async (format) => {
    const report = await diagnose({ name: `signins.${format}`, data: FORMATS[format](log.records) });
    expect(report.summary.malformed).toEqual({ count: 0, first: [] });
    expect(report.summary.signIns).toBe(log.records.length);
    expect(readings(report)).toEqual(truth);
  });

  it('gives the planted findings for every seed, and none for the apps that carry only noise', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const other = generateSignIns({ seed });
      const report = await diagnose(FORMATS.jsonl(other.records));
      for (const app of other.apps) {
        const found = report.apps.find((a) => a.appId === app.appId)?.findings.map((f) => `${f.code} ${f.verdict}`) ?? [];
        expect({ seed, app: app.appName, found: found.sort() }).toEqual({
          seed,
          app: app.appName,
          found: app.expected.map((e) => `${e.code} ${e.verdict}`).sort(),
        });
      }
      expect(other.apps.filter((a) => a.scenario === 'background')).toHaveLength(4);
    }
  });

  it('merges a paged Graph export given as several files', async () => {
    const pages = graphPages(log.records, 1000);
    expect(pages.length).toBeGreaterThan(2);
    const report = await diagnose(pages.map((data, i) => ({ name: `page${i + 1}.json`, data })));
    expect(report.summary.files.map((f) => f.format)).toEqual(pages.map(() => 'graph-json'));
    expect(report.summary.signIns).toBe(log.records.length);
    expect(readings(report)).toEqual(truth);
  });
});
