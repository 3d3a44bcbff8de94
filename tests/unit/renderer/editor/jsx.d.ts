// Fixture files use slate-hyperscript's classic JSX pragma; any tag and attribute is allowed there.
declare namespace JSX {
  type Element = unknown;
  interface IntrinsicElements {
    [name: string]: Record<string, unknown>;
  }
}
