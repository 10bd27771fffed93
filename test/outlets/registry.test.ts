import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOutletName, loadOutletRegistry, lookupOutlet } from '../../src/outlets/registry.js';
import { findOutlets } from '../../src/outlets/detect.js';
import { createAttributionStage } from '../../src/attribution/stage.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';

describe('outlet registry', () => {
  it('ships more than a hundred outlets with country and type', () => {
    const registry = loadOutletRegistry();
    expect(registry.entries.length).toBeGreaterThan(100);
    expect(lookupOutlet('Reuters', registry)).toMatchObject({ country: 'GB', type: 'agency' });
  });

  it('turns credit lines into canonical names', () => {
    expect(canonicalOutletName('Avec Press Tv')).toBe('Press TV');
    expect(canonicalOutletName('Source: Avec Press Tv')).toBe('Press TV');
    expect(canonicalOutletName('(AFP)')).toBe('Agence France-Presse');
    expect(canonicalOutletName('avec Reuters')).toBe('Reuters');
    expect(canonicalOutletName('the new york times')).toBe('The New York Times');
    expect(canonicalOutletName('la chaîne al-Mayadeen'.replace(/^la chaîne /, ''))).toBe('Al Mayadeen');
  });

  it('keeps an unknown outlet under its own name', () => {
    expect(canonicalOutletName('Source : La Gazette de Trifouillis')).toBe('La Gazette de Trifouillis');
    expect(lookupOutlet('La Gazette de Trifouillis')).toBeUndefined();
  });

  it('matches acronyms only as written, so common words are not outlets', () => {
    expect(lookupOutlet('AP')?.name).toBe('Associated Press');
    expect(lookupOutlet('ap')).toBeUndefined();
  });

  it('is extended by a user file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outlets-'));
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ outlets: [{ name: 'La Gazette de Trifouillis', variants: ['Gazette Trifouillis'], country: 'FR', type: 'newspaper' }] }));
    const registry = loadOutletRegistry(file);
    expect(canonicalOutletName('Gazette Trifouillis', registry)).toBe('La Gazette de Trifouillis');
    expect(lookupOutlet('Press TV', registry)?.country).toBe('IR');
  });

  it('finds syndication credits and cited outlets in text, keeping unknown ones', () => {
    const text = 'PARIS (AFP) – Le gouvernement a démissionné, selon le quotidien Le Monde.\n\nLe journal Tribune du Nord affirme le contraire.';
    const outlets = findOutlets({ text, lang: 'fr', meta: { origin: { format: 'text' } }, layers: {} }, [], loadOutletRegistry());
    expect(outlets).toContainEqual(expect.objectContaining({ name: 'Agence France-Presse', role: 'syndication', known: true }));
    expect(outlets).toContainEqual(expect.objectContaining({ name: 'Le Monde', role: 'cited', known: true }));
    expect(outlets).toContainEqual(expect.objectContaining({ name: 'Tribune du Nord', role: 'cited', known: false }));
  });

  it('lets the attribution stage use a user-extended registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outlets-'));
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ outlets: [{ name: 'Gazette de Trifouillis', variants: ['la Gazette'], country: 'FR', type: 'newspaper' }] }));
    const text = 'Selon la Gazette, le maire a démissionné lundi.';
    const stage = createAttributionStage(loadOutletRegistry(file));
    const layers = stage.run({ text, lang: 'fr', meta: { origin: { format: 'text' } }, layers: { paragraphs: splitParagraphs(text) } });
    expect(layers.attributions?.[0]?.speaker).toMatchObject({ name: 'Gazette de Trifouillis', type: 'media' });
    expect(layers.outlets).toContainEqual(expect.objectContaining({ name: 'Gazette de Trifouillis', role: 'cited', known: true, country: 'FR' }));
  });
});
