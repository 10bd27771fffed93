/**
 * Word shape: letters mapped to X/x, digits to d, other characters kept, runs of the same
 * class collapsed ("al-Tanf" → "x-Xx", "19" → "d", "ONU" → "X"). Generalises over unseen words.
 */
export function wordShape(word: string): string {
  let shape = '';
  let previous = '';
  for (const char of word) {
    let cls: string;
    if (char >= '0' && char <= '9') cls = 'd';
    else if (char.toLowerCase() !== char) cls = 'X';
    else if (char.toUpperCase() !== char) cls = 'x';
    else cls = char;
    if (cls !== previous) shape += cls;
    previous = cls;
  }
  return shape;
}

/** Same as `wordShape` but keeping run lengths up to 4 (distinguishes "ONU" from "O"). */
export function wordShapeLong(word: string): string {
  let shape = '';
  let previous = '';
  let run = 0;
  for (const char of word) {
    let cls: string;
    if (char >= '0' && char <= '9') cls = 'd';
    else if (char.toLowerCase() !== char) cls = 'X';
    else if (char.toUpperCase() !== char) cls = 'x';
    else cls = char;
    if (cls === previous) {
      run++;
      if (run < 4) shape += cls;
    } else {
      shape += cls;
      run = 0;
    }
    previous = cls;
  }
  return shape;
}
