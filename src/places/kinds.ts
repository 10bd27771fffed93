/** What a GeoNames feature code means for an analyst: a readable kind and an ACLED-like precision. */

export type Precision = 1 | 2 | 3;

const KIND_BY_CODE: Record<string, string> = {
  'A.PCL': 'country', 'A.PCLI': 'country', 'A.PCLD': 'country', 'A.PCLF': 'country', 'A.PCLS': 'country', 'A.PCLIX': 'country',
  'A.ADM1': 'region', 'A.ZN': 'zone', 'P.PPLC': 'capital', 'P.PPLQ': 'abandoned place', 'P.PPLW': 'destroyed place',
  'P.STLMT': 'settlement', 'P.PPLX': 'neighbourhood', 'P.PPLF': 'village', 'P.PPLR': 'religious settlement',
  'H.SEA': 'sea', 'H.OCN': 'ocean', 'H.GULF': 'gulf', 'H.STRT': 'strait', 'H.BAY': 'bay', 'H.LK': 'lake', 'H.STM': 'river',
  'H.CHN': 'channel', 'L.RGN': 'region', 'L.RGNE': 'economic region', 'L.CONT': 'continent', 'L.MILB': 'military base',
  'L.AREA': 'area', 'T.ISL': 'island', 'T.ISLS': 'islands', 'T.PEN': 'peninsula', 'T.DSRT': 'desert', 'T.MTS': 'mountains',
  'S.BDCR': 'border crossing', 'S.CMPRF': 'camp', 'S.CMP': 'camp', 'S.FCL': 'facility',
};

/** Cities from 100,000 inhabitants, towns below (a common newsroom convention, not an official one). */
const CITY_POPULATION = 100_000;

export function featureKind(code: string, population: number, name: string): string {
  if (/\bcamp\b/i.test(name)) return 'camp';
  const kind = KIND_BY_CODE[code];
  if (kind) return kind;
  if (code.startsWith('P.')) return population >= CITY_POPULATION ? 'city' : 'town';
  return code.startsWith('H.') ? 'water body' : code.startsWith('T.') ? 'landform' : 'place';
}

/** 1 an exact place, 2 a first-level region or similar area, 3 a country, sea, continent or wider region. */
export function precisionOf(code: string): Precision {
  if (code.startsWith('A.PCL') || code === 'L.CONT' || code === 'L.RGN' || code === 'L.RGNE' || code === 'H.OCN' || code === 'H.SEA') return 3;
  if (code.startsWith('A.') || code.startsWith('H.') || code.startsWith('T.') || code === 'L.AREA') return 2;
  return 1;
}

export const isCountry = (code: string): boolean => code.startsWith('A.PCL');
export const isCapital = (code: string): boolean => code === 'P.PPLC';
export const isRegion = (code: string): boolean => code === 'A.ADM1';
export const isPopulated = (code: string): boolean => code.startsWith('P.');
