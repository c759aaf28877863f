import { toCsv } from '../csv';

describe('toCsv', () => {
  it('quotes commas, quotes and new lines', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses spreadsheet formulas', () => {
    expect(toCsv([['=SUM(A1)', '+1', '@x', 'ok']])).toBe("'=SUM(A1),'+1,'@x,ok\r\n");
  });
});
