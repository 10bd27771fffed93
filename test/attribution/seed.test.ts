import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import type { AnalysisRecord, Attribution } from '../../src/record/schema.js';
import { formatAttribution, statementsOf } from '../../src/attribution/statements.js';

const SEED = '/work/shared/seed/press-tv-syria-2019-04.txt';

function analyseSeed(): AnalysisRecord {
  const text = readFileSync(SEED, 'utf8');
  return analyze({ text, meta: { origin: { format: 'text', path: SEED } }, declaredLang: 'fr' });
}

const record = analyseSeed();
const attributions = record.layers.attributions ?? [];
const slice = (spans: readonly { start: number; end: number }[]) => spans.map((s) => record.text.slice(s.start, s.end)).join(' … ');
const byCue = (pattern: RegExp): Attribution => {
  const found = attributions.find((a) => pattern.test(slice(a.cue)));
  expect(found, `an attribution with cue ${pattern}`).toBeDefined();
  return found!;
};

describe('attributions on the seed article', () => {
  it('dates each statement by the time written beside its cue, not by one inside what was said or beside another cue', () => {
    const timeOf = (a: Attribution) => (a.time === undefined ? undefined : record.layers.times?.[a.time]);
    // This record has no document date (analyze() alone does not read the file's header): values stay unresolved.
    expect(timeOf(byCue(/reconnu/))?.text).toBe('Lundi');
    expect(timeOf(byCue(/annoncé/))?.text).toBe('le 19 décembre');
    expect(timeOf(byCue(/remise en cause/))).toBeUndefined();
    expect(timeOf(byCue(/^note$/))).toBeUndefined();
    expect(formatAttribution(record, byCue(/reconnu/))).toMatch(/ — said Lundi \(XXXX-WXX-1\)$/);
  });

  it('finds al-Mayadeen reporting the armies\' call, with its direct part', () => {
    const outlet = byCue(/^Selon$/);
    expect(outlet.kind).toBe('according-to');
    expect(outlet.speaker?.type).toBe('media');
    expect(slice(outlet.source)).toContain('al-Mayadeen');
    const call = byCue(/appelé/);
    expect(slice(call.source)).toBe('les armées russe et syrienne');
    expect(call.speaker?.type).toBe('military');
    expect(call.kind).toBe('mixed');
    expect(slice(call.content)).toContain('« ne font que soutenir les terroristes en Syrie »');
    expect(call.reportedBy).toBe(attributions.indexOf(outlet));
  });

  it('finds the chiefs of staff\'s request', () => {
    const request = byCue(/demandé/);
    expect(slice(request.source)).toMatch(/^Les chefs d.état-major/);
    expect(slice(request.content)).toMatch(/^une autorisation/);
    const appeal = byCue(/^appellent$/);
    expect(slice(appeal.source)).toBe('les chefs d’état-major des pays alliés');
    expect(slice(appeal.content)).toMatch(/^les forces américaines à quitter la Syrie/);
  });

  it('finds the US acknowledgement disputed by unnamed local sources', () => {
    const acknowledgement = byCue(/reconnu/);
    expect(acknowledgement.kind).toBe('indirect');
    expect(acknowledgement.stance).toBe('acknowledges');
    expect(acknowledgement.speaker?.type).toBe('government');
    expect(slice(acknowledgement.content)).toMatch(/^avoir perdu un soldat/);
    expect(slice(acknowledgement.content)).not.toContain('version');
    const dispute = byCue(/remise en cause/);
    expect(dispute.stance).toBe('disputes');
    expect(dispute.speaker).toMatchObject({ type: 'unnamed', description: 'les sources locales' });
    expect(dispute.target).toBe(attributions.indexOf(acknowledgement));
  });

  it('keeps the unnamed sources close to the armed groups as first-class speakers', () => {
    const protests = byCue(/rapportent/);
    expect(protests.speaker?.type).toBe('unnamed');
    expect(protests.speaker?.description).toBe('les sources proches des groupes terroristes armés');
    expect(slice(protests.content)).toMatch(/^des protestations anti-américaines/);
  });

  it('resolves the apposition to Donald Trump for his announcement', () => {
    const announcement = byCue(/annoncé/);
    expect(announcement.speaker).toMatchObject({ name: 'Donald Trump', type: 'person', role: 'president' });
    expect(slice(announcement.content)).toContain('sa décision de retirer ses troupes');
  });

  it('reads Damas as the Syrian government speaking to Washington', () => {
    const demand = byCue(/réclamé/);
    expect(demand.speaker).toMatchObject({ name: 'Damas', type: 'government' });
    expect(slice(demand.content)).toContain('mettre fin à la présence de ses militaires');
  });

  it('finds the analyst\'s direct quote with the speaker named after it', () => {
    const quote = byCue(/^note$/);
    expect(quote.kind).toBe('direct');
    expect(quote.speaker).toMatchObject({ name: 'Hadi Mohamadi', type: 'person', role: 'analyst' });
    expect(slice(quote.content)).toMatch(/^« A ce rythme.*l’Iran »$/);
  });

  it('builds the source chain Press TV → al-Mayadeen', () => {
    const outlets = record.layers.outlets ?? [];
    expect(outlets.find((o) => o.role === 'of-record')).toMatchObject({ name: 'Press TV', known: true });
    const cited = outlets.find((o) => o.role === 'cited');
    expect(cited).toMatchObject({ name: 'Al Mayadeen', known: true });
    expect(record.text.slice(cited!.span!.start, cited!.span!.end)).toBe('al-Mayadeen');
  });

  it('lists statements and formats them as readable lines', () => {
    const statements = statementsOf(record);
    expect(statements).toHaveLength(attributions.length);
    const analyst = statements.find((s) => s.speaker === 'Hadi Mohamadi')!;
    expect(analyst).toMatchObject({ speakerType: 'person', cue: 'note', kind: 'direct' });
    expect(record.text.slice(analyst.span.start, analyst.span.end)).toMatch(/^« A ce rythme.*Hadi Mohamadi$/s);
    expect(formatAttribution(record, byCue(/^note$/))).toMatch(/^Hadi Mohamadi \[person, analyst\] — note — "A ce rythme/);
    expect(formatAttribution(record, byCue(/^ont appelé$/))).toMatch(/ — as reported by Al Mayadeen$/);
    expect(formatAttribution(record, byCue(/^remise en cause$/))).toMatch(/ — disputes what Etats-Unis said$/);
  });

  it('produces a record that validates against the schema', async () => {
    const { validateRecord } = await import('../../src/pipeline/analyze.js');
    expect(() => validateRecord(record)).not.toThrow();
  });
});
