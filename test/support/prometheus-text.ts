/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for tests: prom-client writes
 * it but cannot read it. Anything a Prometheus server would refuse throws, with the line number.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  type: MetricType;
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<MetricType, string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** As Prometheus reads values (Go's ParseFloat): NaN and Inf in any case; prom-client writes "Nan". */
function parseValue(text: string, where: string): number {
  if (/^\+?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`${where}: not a number: ${text}`);
  return Number(text);
}

/** Reads `{a="x",b="y"}` from the start of `text`; returns the labels and what follows. */
function parseLabels(text: string, where: string): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 1;
  for (;;) {
    if (text[i] === '}') return { labels, rest: text.slice(i + 1) };
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new Error(`${where}: label without '='`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`${where}: bad label name "${name}"`);
    if (name in labels) throw new Error(`${where}: label "${name}" twice`);
    if (text[eq + 1] !== '"') throw new Error(`${where}: label value not quoted`);
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] !== '\\') {
        value += text[j];
        continue;
      }
      const escaped = text[++j];
      if (escaped === 'n') value += '\n';
      else if (escaped === '\\' || escaped === '"') value += escaped;
      else throw new Error(`${where}: bad escape \\${escaped}`);
    }
    if (j >= text.length) throw new Error(`${where}: unterminated label value`);
    labels[name] = value;
    i = j + 1;
    if (text[i] === ',') i += 1;
    else if (text[i] !== '}') throw new Error(`${where}: expected ',' or '}' after a label`);
  }
}

const seriesKey = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  const finished = new Set<string>();
  let current: string | undefined;
  const familyOf = (sampleName: string): string | undefined => {
    for (const [name, f] of families) if (SUFFIXES[f.type].some((s) => sampleName === `${name}${s}`)) return name;
    return undefined;
  };
  const enter = (name: string, where: string) => {
    if (current === name) return;
    if (finished.has(name)) throw new Error(`${where}: samples of ${name} are not together`);
    if (current) finished.add(current);
    current = name;
  };

  text.split('\n').forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) (\S+)(?: (.*))?$/.exec(line);
      if (!m) return; // another comment
      const [, kind, name, rest = ''] = m;
      if (!NAME.test(name!)) throw new Error(`${where}: bad metric name "${name}"`);
      const family = families.get(name!) ?? { type: 'untyped' as MetricType, help: '', samples: [] };
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`${where}: unknown type "${rest}"`);
        if (families.has(name!) && families.get(name!)!.samples.length > 0) throw new Error(`${where}: TYPE of ${name} after its samples`);
        if (seen.has(`TYPE ${name}`)) throw new Error(`${where}: second TYPE for ${name}`);
        seen.add(`TYPE ${name}`);
        family.type = rest as MetricType;
      } else {
        if (seen.has(`HELP ${name}`)) throw new Error(`${where}: second HELP for ${name}`);
        seen.add(`HELP ${name}`);
        family.help = rest.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
      }
      families.set(name!, family);
      enter(name!, where);
      return;
    }
    const nameEnd = line.search(/[{ ]/);
    if (nameEnd <= 0) throw new Error(`${where}: not a sample: ${line}`);
    const name = line.slice(0, nameEnd);
    if (!NAME.test(name)) throw new Error(`${where}: bad metric name "${name}"`);
    let rest = line.slice(nameEnd);
    let labels: Record<string, string> = {};
    if (rest.startsWith('{')) ({ labels, rest } = parseLabels(rest, where));
    const parts = rest.trim().split(/ +/);
    if (!rest.startsWith(' ') || parts.length < 1 || parts.length > 2) throw new Error(`${where}: expected "value [timestamp]"`);
    const value = parseValue(parts[0]!, where);
    if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1])) throw new Error(`${where}: bad timestamp`);
    const familyName = familyOf(name);
    if (!familyName) throw new Error(`${where}: ${name} has no TYPE line before it`);
    enter(familyName, where);
    const key = seriesKey(name, labels);
    if (seen.has(key)) throw new Error(`${where}: series ${key} twice`);
    seen.add(key);
    families.get(familyName)!.samples.push({ name, labels, value });
  });

  for (const [name, family] of families) if (family.type === 'histogram') checkHistogram(name, family);
  return families;
}

/** Buckets cumulative, ending at le="+Inf", which equals _count, for each label set. */
function checkHistogram(name: string, family: Family): void {
  const groups = new Map<string, { le: number; value: number }[]>();
  const withoutLe = (labels: Record<string, string>) => seriesKey('', Object.fromEntries(Object.entries(labels).filter(([k]) => k !== 'le')));
  for (const s of family.samples.filter((s) => s.name === `${name}_bucket`)) {
    if (s.labels.le === undefined) throw new Error(`${name}: a bucket without le`);
    const key = withoutLe(s.labels);
    groups.set(key, [...(groups.get(key) ?? []), { le: parseValue(s.labels.le, name), value: s.value }]);
  }
  for (const [key, buckets] of groups) {
    for (let i = 1; i < buckets.length; i++) {
      if (buckets[i]!.le <= buckets[i - 1]!.le) throw new Error(`${name}${key}: buckets out of order`);
      if (buckets[i]!.value < buckets[i - 1]!.value) throw new Error(`${name}${key}: buckets not cumulative`);
    }
    const last = buckets.at(-1)!;
    if (last.le !== Infinity) throw new Error(`${name}${key}: no +Inf bucket`);
    const count = family.samples.find((s) => s.name === `${name}_count` && withoutLe(s.labels) === key);
    if (!count || count.value !== last.value) throw new Error(`${name}${key}: _count differs from the +Inf bucket`);
  }
}

/** The value of one series (labels matched exactly), or undefined. */
export function sampleValue(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number | undefined {
  const key = seriesKey(name, labels);
  for (const family of families.values()) for (const s of family.samples) if (seriesKey(s.name, s.labels) === key) return s.value;
  return undefined;
}
