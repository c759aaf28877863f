import { statementLinesCsv } from '../statement-csv';

const HEADER = ['Firm', 'Customer', 'Completed on', 'Tier', 'Reward rate', 'Amount (JPY)'];

describe('statement CSV', () => {
  it('has the header, then one row per statement line across firms', () => {
    const csv = statementLinesCsv(
      [
        {
          partnerName: 'Alpha',
          lines: [
            { customerName: 'Sakura', completedOn: '2026-03-03', tier: 3, rewardRate: 1.1, amount: 55000 },
            { customerName: 'Fuji', completedOn: '2026-03-21', tier: 4, rewardRate: 1.2, amount: 60000 },
          ],
        },
        { partnerName: 'Kaede', lines: [] },
        {
          partnerName: 'Momiji',
          lines: [{ customerName: 'Ume', completedOn: '2026-03-30', tier: 1, rewardRate: 0.9, amount: 45000 }],
        },
      ],
      HEADER,
    );
    expect(csv.split('\r\n')).toEqual([
      'Firm,Customer,Completed on,Tier,Reward rate,Amount (JPY)',
      'Alpha,Sakura,2026-03-03,3,1.10,55000',
      'Alpha,Fuji,2026-03-21,4,1.20,60000',
      'Momiji,Ume,2026-03-30,1,0.90,45000',
      '',
    ]);
  });

  it('quotes commas and defuses formulas in names', () => {
    const csv = statementLinesCsv(
      [
        {
          partnerName: 'Alpha, Inc.',
          lines: [{ customerName: '=HYPERLINK()', completedOn: '2026-03-03', tier: 2, rewardRate: 1, amount: 50000 }],
        },
      ],
      HEADER,
    );
    expect(csv.split('\r\n')[1]).toBe(`"Alpha, Inc.",'=HYPERLINK(),2026-03-03,2,1.00,50000`);
  });

  it('is the header alone when no firm has lines', () => {
    expect(statementLinesCsv([{ partnerName: 'Kaede', lines: [] }], HEADER)).toBe(`${HEADER.join(',')}\r\n`);
  });
});
