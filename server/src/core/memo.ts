// What is computed once per parsed object (a document, a report, a national table) and shared by the rules and
// the hover: kept on the object itself, in its `memo`, so that it is collected together with the object.
//
// Not in a module-level WeakMap keyed by the object: V8's young-generation collector keeps a WeakMap's values
// alive whatever becomes of their keys, so every parse's analyses survived their first collection, were
// copied and promoted to the old generation, and were freed only by a full collection. Measured on the 59 KB
// bench document: each young collection took 5–16 ms and promoted about 5 MB, against 1.7 ms and nothing
// with the analyses kept on the objects.

/** A parsed object's store of computed results, one slot per memoized function. */
export type Memo = Map<symbol, unknown>;

export interface Memoizing {
  memo?: Memo;
}

/** The value in `owner`'s memo at `slot`, computed by `compute` the first time (undefined included). */
export function remembered<T>(owner: Memoizing, slot: symbol, compute: () => T): T {
  const memo = (owner.memo ??= new Map());
  if (memo.has(slot)) return memo.get(slot) as T;
  const value = compute();
  memo.set(slot, value);
  return value;
}

/** `compute`, done once per owner: later calls with the same owner give the first result. */
export function memoized<O extends Memoizing, T>(compute: (owner: O) => T): (owner: O) => T {
  const slot = Symbol(compute.name || 'memo');
  return (owner) => remembered(owner, slot, () => compute(owner));
}
