// Heading markers with another number, written the way the author wrote the original: 四、→三、,
// （５）→（４）, 3．→2．.
import type { Heading } from '../model';
import { hanNumber } from '../text/hanNumber';

const HAN_RUN = /[〇一二三四五六七八九十百]+/;
const DIGIT_RUN = /[0-9０-９]+/;

function arabic(n: number, fullWidth: boolean): string {
  const s = String(n);
  return fullWidth ? s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : s;
}

/** The marker text of `marker` with its number replaced by `n`. */
export function renumberedMarker(marker: Heading['marker'], n: number): string {
  const text = marker.text;
  switch (marker.kind) {
    case 'han':
    case 'paren-han':
      return text.replace(HAN_RUN, hanNumber(n));
    case 'arabic':
    case 'paren-arabic': {
      const m = DIGIT_RUN.exec(text);
      return m ? text.replace(DIGIT_RUN, arabic(n, /[０-９]/.test(m[0]))) : text;
    }
    case 'circled':
      return n >= 1 && n <= 20 ? String.fromCharCode('①'.charCodeAt(0) + n - 1) : text;
  }
}
