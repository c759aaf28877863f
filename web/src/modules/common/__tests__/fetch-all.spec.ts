import { fetchAll } from '../fetch-all';

function pager(total: number) {
  const calls: [number, number][] = [];
  const rows = Array.from({ length: total }, (_, i) => i);
  const fetchPage = async (skip: number, take: number) => {
    calls.push([skip, take]);
    return { items: rows.slice(skip, skip + take), totalItems: total };
  };
  return { calls, fetchPage };
}

describe('fetchAll', () => {
  it('reads pages until the total', async () => {
    const { calls, fetchPage } = pager(230);
    expect(await fetchAll(fetchPage, 500)).toHaveLength(230);
    expect(calls).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
    ]);
  });

  it('stops at the limit', async () => {
    const { calls, fetchPage } = pager(900);
    expect(await fetchAll(fetchPage, 250)).toHaveLength(250);
    expect(calls).toEqual([
      [0, 100],
      [100, 100],
      [200, 50],
    ]);
  });

  it('handles an empty list', async () => {
    const { fetchPage } = pager(0);
    expect(await fetchAll(fetchPage, 500)).toEqual([]);
  });
});
