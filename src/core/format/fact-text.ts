/**
 * One-line, human descriptions of facts for alerts and digests:
 * "GPU 26만장 → 260,000장", "14조원 → KRW 14,000,000,000,000",
 * "“윈윈할 것” — 하정우". Korean as written, plus the normalised value.
 */
import type { Approx, Fact } from '../facts/fact.ts';

const APPROX: Record<Approx, string> = { about: '약 ', max: '최대 ', over: '', min: '최소 ' };
const APPROX_SUFFIX: Record<Approx, string> = { about: '', max: '', over: ' 이상', min: '' };

/** Groups the integer part of an exact decimal string: "260000" → "260,000", "1.5" → "1.5". */
export function groupDigits(exact: string): string {
  const [int = '', frac] = exact.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const stripQuotes = (s: string) => s.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim();

export function describeFact(f: Fact): string {
  const pre = f.approx ? APPROX[f.approx] : '';
  const post = f.approx ? APPROX_SUFFIX[f.approx] : '';
  switch (f.kind) {
    case 'quantity':
      return `${f.text} → ${pre}${groupDigits(f.exact)}${f.unit}${post}`;
    case 'money':
      return `${f.text} → ${pre}${f.currency} ${groupDigits(f.exact)}${post}`;
    case 'percent':
    case 'multiple':
      return f.text;
    case 'date':
      return `${f.text} → ${f.date}${f.localTime ? ' (현지시간)' : ''}`;
    case 'quote':
      return `“${stripQuotes(f.text)}”${f.speaker ? ` — ${f.speaker}` : ''}`;
    case 'person':
      return f.title ? `${f.name} (${f.title})` : f.name;
    case 'org':
      return f.name;
  }
}
