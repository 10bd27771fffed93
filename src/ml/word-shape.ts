/** Shape class of one character: `d` digit, `X` upper case, `x` lower case, the character itself otherwise. */
function shapeClass(char: string): string {
  if (char >= '0' && char <= '9') return 'd';
  if (char.toLowerCase() !== char) return 'X';
  if (char.toUpperCase() !== char) return 'x';
  return char;
}

/**
 * Word shape with runs of the same class kept up to `maxRun` characters. `maxRun` 1 collapses
 * runs ("al-Tanf" → "x-Xx", "19" → "d", "ONU" → "X"), which generalises over unseen words.
 */
function shapeWithRuns(word: string, maxRun: number): string {
  let shape = '';
  let previous = '';
  let run = 0;
  for (const char of word) {
    const cls = shapeClass(char);
    run = cls === previous ? run + 1 : 0;
    if (run < maxRun) shape += cls;
    previous = cls;
  }
  return shape;
}

/** Word shape with runs collapsed ("al-Tanf" → "x-Xx", "ONU" → "X"). */
export function wordShape(word: string): string {
  return shapeWithRuns(word, 1);
}

/** Same as `wordShape` but keeping run lengths up to 4 (distinguishes "ONU" from "O"). */
export function wordShapeLong(word: string): string {
  return shapeWithRuns(word, 4);
}
