import { analyze } from '../../../src/core/analyze';
import { assertInvariants } from './invariants';

/** Hostile and broken inputs people really open as .txt: the engine must stay consistent. */
const para = 'The minister said on Monday that “talks will continue,” according to officials.';
const HOSTILE: Array<[name: string, make: () => string]> = [
  ['500 000 characters on one line', () => 'word '.repeat(100_000)],
  ['thousands of unmatched opening curly quotes', () => '“'.repeat(5000) + para],
  ['thousands of unmatched straight double quotes', () => `${'He said " and '.repeat(2000)}end`],
  ['alternating marks that never pair', () => '“ ‘ ” ’ " \' '.repeat(2000)],
  ['ten thousand capitalised tokens', () => Array.from({ length: 10_000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}`).join(' ')],
  ['ALL-CAPS text', () => `${'BREAKING NEWS THE PRIME MINISTER SAID “WE WILL WIN” TODAY\n\n'.repeat(200)}`],
  ['a table of numbers', () => Array.from({ length: 300 }, (_, i) => `${i}\t${i * 3.5}\t${'|'.repeat(i % 7)}\tLONDON`).join('\n')],
  ['a list with no sentences', () => Array.from({ length: 500 }, (_, i) => `- item ${i} • Smith • Jones`).join('\n')],
  ['a log file', () => Array.from({ length: 500 }, (_, i) => `2026-11-26T10:${String(i % 60).padStart(2, '0')}:00Z ERROR [Worker-${i}] "failed" said=‘x’`).join('\n')],
  ['CRLF and lone CR line endings', () => `Headline here\r\n\r\n${para}\r${para}\r\n\r\n“Quoted,” she said.\r`],
  ['NUL bytes and control characters', () => `Head\u0000line\n\n${para}\u0007\u001b[0m\u0000“x\u0000y,” he said.`],
  ['lone surrogates inside names and quotes', () => `Maria \ud800Okafor said “we\udc00 won” on Monday.\n\n“\ud83d”`],
  ['right-to-left scripts', () => `قال الوزير “سنواصل المحادثات” يوم الاثنين.\n\nאמר השר: "נמשיך". وزیر اعظم نے کہا ‘ہم جیتیں گے’\n\n${para}`],
  ['emoji and ZWJ sequences', () => `👩‍👩‍👧 “We won 🙂,” said Ana 🇳🇿 Smith.\n\n${para}`],
  ['only whitespace', () => ' \n\n\t\r\n   \u00a0\u2028'],
  ['the empty string', () => ''],
  ['a byte-order mark and zero-width characters', () => `\ufeffHeadline\u200b\n\n\u200d${para}`],
];

describe('analyze on hostile input', () => {
  for (const [name, make] of HOSTILE) {
    it(`stays consistent on ${name}`, () => {
      const text = make();
      assertInvariants(text, analyze(text));
    });
  }
});
