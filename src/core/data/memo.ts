// Remembers a function's last arguments and result: a redraw with unchanged inputs (a resize, an
// animation frame) then reuses the parsed model instead of building a new one.

export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    last = { args, result: fn(...args) };
    return last.result;
  };
}
