import * as assert from 'node:assert/strict';
import { findDates, resolveDate } from '../../../src/core/dates';

function dates(text: string): string[] {
  return findDates(text, 0, text.length).map((d) => d.text);
}

describe('findDates', () => {
  const cases: Array<[name: string, text: string, expected: string[]]> = [
    ['finds "Month D, YYYY"', 'The meeting was held on August 19, 2024 in the capital.', ['August 19, 2024']],
    ['finds "D Month YYYY"', 'Updated 20 August 2024', ['20 August 2024']],
    ['finds an abbreviated month with a dot', 'SEOUL, Aug. 20 (Agency) -- The paper said so.', ['Aug. 20']],
    ['keeps a stamp with weekday, time and zone', 'Tue Dec 30, 2014 9:21am IST', ['Tue Dec 30, 2014 9:21am IST']],
    ['leaves a comma-separated time out', 'Nov 20 2019, 10:18am ist', ['Nov 20 2019']],
    ['drops "since" from "since Month YYYY"', 'Attacks have risen since November 2022.', ['November 2022']],
    ['drops "on" from "on Weekday"', 'The talks began on Wednesday.', ['Wednesday']],
    ['finds a weekday with a part of day', 'The plane vanished on Sunday morning.', ['Sunday morning']],
    ['finds relative weeks, months and years', 'He spoke last week, this week and last month.', ['last week', 'this week', 'last month']],
    ['finds "later this year" and "Earlier last week"', 'Earlier last week they agreed to meet later this year.', ['Earlier last week', 'later this year']],
    ['finds "the past few years"', 'Ties have grown in the past few years.', ['the past few years']],
    ['finds "N units ago"', 'Nine months ago, he seemed spent.', ['Nine months ago']],
    ['finds a bare year', 'In 2014, the country bought aircraft.', ['2014']],
    ['finds years in a range', 'The show ran from 1971 to 1987.', ['1971', '1987']],
    ['finds "mid-Month"', 'The plane was serviced in mid-November.', ['mid-November']],
    ['finds a month alone in context', 'Sales fell in January and again in March.', ['January', 'March']],
    ['does not take "may" the verb', 'He may come. May I ask?', []],
    ['does not take a number with a unit for a year', 'It flew at 2000 feet and carried 1500 people.', []],
    ['does not take a number with a thousands comma', 'More than 5,000 incidents were recorded.', []],
    ['finds yesterday and today', 'She said yesterday that today was hard.', ['yesterday', 'today']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(dates(text), expected));
  }

  it('gives offsets into the whole text', () => {
    const text = 'Intro.\n\nThe vote is on Friday.';
    const start = text.indexOf('The');
    const [d] = findDates(text, start, text.length);
    assert.ok(d);
    assert.equal(text.slice(d.start, d.end), 'Friday');
  });
});

describe('resolveDate', () => {
  const anchor = '2024-08-20'; // a Tuesday
  const cases: Array<[name: string, expression: string, anchor: string | null, expected: string | null]> = [
    ['resolves "Month D, YYYY" directly', 'August 19, 2024', null, '2024-08-19'],
    ['resolves "D Month YYYY" directly', '20 August 2024', null, '2024-08-20'],
    ['resolves "Month YYYY" to a month', 'November 2022', null, '2022-11'],
    ['resolves a year', '2007', null, '2007'],
    ['resolves an ISO date', '1996-08-22', null, '1996-08-22'],
    ['rejects an impossible day', 'February 31, 2024', null, null],
    ['gives a day without a year the anchor year', 'July 25', anchor, '2024-07-25'],
    ['gives a weekday the latest such day on or before the anchor', 'Monday', anchor, '2024-08-19'],
    ['gives the anchor day for its own weekday', 'Tuesday', anchor, '2024-08-20'],
    ['resolves yesterday', 'yesterday', anchor, '2024-08-19'],
    ['resolves today', 'today', anchor, '2024-08-20'],
    ['gives "last week" its Monday', 'last week', anchor, '2024-08-12'],
    ['gives "this week" its Monday', 'this week', anchor, '2024-08-19'],
    ['gives "last month" its month', 'last month', anchor, '2024-07'],
    ['gives "last year" its year', 'last year', anchor, '2023'],
    ['gives "last October" the previous October', 'last October', anchor, '2023-10'],
    ['resolves "N months ago"', 'Nine months ago', anchor, '2023-11'],
    ['resolves a bare month to the latest one', 'January', anchor, '2024-01'],
    ['leaves relative dates null without an anchor', 'last week', null, null],
    ['leaves a weekday null without an anchor', 'Monday', null, null],
    ['leaves vague expressions null', 'the past few years', anchor, null],
  ];
  for (const [name, expression, a, expected] of cases) {
    it(name, () => assert.equal(resolveDate(expression, a), expected));
  }
});
