/** Deterministic counts for municipality number i of the load test, with the total they are worth. */
export function counts(i: number) {
  const a = i % 7;
  const b = i % 5;
  const c = i % 3;
  const d = i % 2;
  return {
    values: { "ip3-programme": { count: a }, "ip3-norwegian": { count: b }, "ip2-programme": { count: c }, "ip2-norwegian": { count: d } },
    total: a * 45_000 + b * 8_000 + c * 45_000 + d * 8_000,
  };
}
