// A fix whose edits (and, if need be, title) are worked out when first read: most checks never look at a fix.
//
// A class, not an object literal with `get edits()`: each such literal gets a hidden class of its own, and
// V8 allocates hidden classes in the old generation, so every checked document left a trail of them there
// that only a full collection freed. Measured on the 59 KB bench document: young collections took 5–16 ms
// instead of 1–2 ms. Here the getters live on the prototype and every fix shares one hidden class.
import type { Fix, TextEdit } from '../findings';
import type { LocalizedText } from '../model';

export class LazyFix implements Fix {
  readonly safe: boolean;
  #title: LocalizedText | (() => LocalizedText);
  #plan: (() => TextEdit[]) | undefined;
  #edits: TextEdit[] | undefined;

  /** `title` may be a function, for a title that depends on the edits (it is called once). */
  constructor(title: LocalizedText | (() => LocalizedText), plan: () => TextEdit[], safe: boolean) {
    this.#title = title;
    this.#plan = plan;
    this.safe = safe;
  }

  get title(): LocalizedText {
    if (typeof this.#title === 'function') this.#title = this.#title();
    return this.#title;
  }

  get edits(): TextEdit[] {
    if (!this.#edits) {
      this.#edits = this.#plan!();
      this.#plan = undefined;
    }
    return this.#edits;
  }

  /** Serialized like a plain fix (the getters are not own properties). */
  toJSON(): Fix {
    return { title: this.title, edits: this.edits, safe: this.safe };
  }
}
