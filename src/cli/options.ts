import { InvalidArgumentError } from 'commander';

export const DEFAULT_DB = process.env.PRESSCOPE_DB ?? 'presscope.db';

export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive integer');
  return number;
}

export function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

export function language(value: string): 'fr' | 'en' {
  if (value !== 'fr' && value !== 'en') throw new InvalidArgumentError('expected fr or en');
  return value;
}

export function oneOf<T extends string>(...choices: T[]) {
  return (value: string): T => {
    if (!(choices as string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`);
    return value as T;
  };
}
