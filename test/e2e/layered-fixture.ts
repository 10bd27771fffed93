import { analyze } from '../../src/pipeline/analyze.js';
import { readPlainText } from '../../src/ingest/formats/text.js';
import { AnalysisRecord } from '../../src/record/schema.js';
import { SEED_TEXT } from '../helpers/paths.js';

/**
 * The seed's opening paragraphs, analysed by the real pipeline, with the optional layers other
 * stages will add (entities, attributions, outlets, times, places) written in by hand at their
 * real offsets. It lets the browser tests check how the page renders layers whether or not those
 * stages are registered yet; it is never used to judge analysis quality.
 */
export function layeredSeedExcerpt(): AnalysisRecord {
  const text = SEED_TEXT.slice(0, SEED_TEXT.indexOf('Depuis cette date'));
  const input = readPlainText(text, { format: 'text' });
  const base = analyze({ ...input, meta: { ...input.meta, title: 'Extrait annoté (test de rendu)', source: 'Press TV' } });
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
    return { start, end: start + needle.length };
  };
  const entity = (needle: string, type: 'PER' | 'LOC' | 'ORG' | 'MISC', norm: string, from = 0) => ({ ...at(needle, from), type, text: needle, norm });
  const syria = at('de la Syrie');
  const place = (needle: string, geonameid: string, name: string, country: string, lat: number, lon: number, from = 0) => ({
    ...at(needle, from), text: needle, usage: 'place' as const, status: 'resolved' as const, geonameid, name, country, lat, lon, precision: 3,
  });
  const mayadeen = at('al-Mayadeen');
  const armies = at('les armées russe et syrienne');
  const called = at('ont appelé');
  const callContent = { start: at('les États-Unis à retirer').start, end: at('en Syrie »').end };
  return AnalysisRecord.parse({
    ...base,
    layers: {
      ...base.layers,
      entities: [
        entity('al-Mayadeen', 'ORG', 'al-mayadeen'), entity('États-Unis', 'LOC', 'etats-unis'), entity('Syrie', 'LOC', 'syrie', syria.start),
        entity('Rukban', 'LOC', 'rukban'), entity('Jordanie', 'LOC', 'jordanie'), entity('Donald Trump', 'PER', 'donald trump'), entity('Daech', 'ORG', 'daech'),
      ],
      attributions: [
        { kind: 'according-to', cue: [at('Selon')], source: [at('la chaîne d’information al-Mayadeen')], content: [{ start: armies.start, end: callContent.end }],
          speaker: { name: 'al-Mayadeen', type: 'media' }, stance: 'reports' },
        { kind: 'indirect', cue: [called], source: [armies], content: [callContent], speaker: { name: 'armées russe et syrienne', type: 'military' }, stance: 'reports', reportedBy: 0 },
        { kind: 'indirect', cue: [at('rapportent')], source: [at('les sources proches des groupes terroristes armés')], content: [at('des protestations anti-américaines et anti-FDS')],
          speaker: { name: 'sources proches des groupes terroristes armés', type: 'unnamed', description: 'sources proches des groupes terroristes armés' }, stance: 'reports' },
      ],
      outlets: [
        { name: 'Press TV', role: 'of-record', known: true },
        { name: 'al-Mayadeen', role: 'cited', span: mayadeen, known: true },
      ],
      times: [
        { ...at('2019-04'), text: '2019-04', type: 'DATE', value: '2019-04', from: '2019-04-01', to: '2019-05-01', precision: 'month', anchor: 'absolute' },
        { ...at('le 19 décembre'), text: 'le 19 décembre', type: 'DATE', value: '2018-12-19', from: '2018-12-19', to: '2018-12-20', precision: 'day', anchor: 'dct' },
        { ...at('Lundi'), text: 'Lundi', type: 'DATE', value: '2019-04-01', from: '2019-04-01', to: '2019-04-02', precision: 'day-uncertain', anchor: 'dct' },
      ],
      places: [
        place('Syrie', '163843', 'Syria', 'SY', 35, 38, syria.start),
        place('Syrie', '163843', 'Syria', 'SY', 35, 38, at('la Syrie en général').start),
        place('Jordanie', '248816', 'Jordan', 'JO', 31, 36),
        place('Rukban', '7648046', 'Rukban camp', 'SY', 33.3, 38.7),
        place('Deir Ezzor', '170794', 'Deir ez-Zor', 'SY', 35.34, 40.14),
      ],
    },
  });
}
