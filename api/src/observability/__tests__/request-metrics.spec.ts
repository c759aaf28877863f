import type { OperationRecord } from '../operation-record';
import { MAX_OPERATION_LABELS, RequestMetrics } from '../request-metrics';
import { bearerMatches } from '../metrics.controller';

const record = (operation: string | null, errors: string[] = []): OperationRecord => ({
  operation,
  type: operation ? 'query' : null,
  durationMs: 3,
  status: 200,
  errors,
  role: 'VENDOR_ADMIN',
  requestId: null,
});

describe('RequestMetrics', () => {
  it('labels operations by name until the cap, then counts further names as "other"', async () => {
    const metrics = new RequestMetrics(null);
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) metrics.observe(record(`Op${i}`));
    metrics.observe(record('Op0'));
    const text = await metrics.text();
    expect(text).toContain('baton_graphql_operation_duration_seconds_count{operation="Op0",type="query"} 2');
    expect(text).toContain('baton_graphql_operation_duration_seconds_count{operation="other",type="query"} 5');
    expect(text).not.toContain(`operation="Op${MAX_OPERATION_LABELS}"`);
  });

  it('counts an unparsed document as operation "none", type "invalid", with its error code', async () => {
    const metrics = new RequestMetrics(null);
    metrics.observe(record(null, ['GRAPHQL_PARSE_FAILED']));
    expect(await metrics.text()).toContain(
      'baton_graphql_errors_total{operation="none",type="invalid",code="GRAPHQL_PARSE_FAILED"} 1',
    );
  });

  it('reads the pool when scraped', async () => {
    const metrics = new RequestMetrics({ totalCount: 7, idleCount: 5, waitingCount: 0 });
    const text = await metrics.text();
    expect(text).toContain('baton_db_pool_connections{state="total"} 7');
    expect(text).toContain('baton_db_pool_connections{state="idle"} 5');
  });
});

describe('bearerMatches', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['secret', false],
    ['Bearer', false],
    ['Bearer wrong', false],
    ['Basic secret', false],
    ['Bearer secret', true],
    ['bearer secret', true],
  ])('%j → %s', (header, expected) => {
    expect(bearerMatches(header, 'secret')).toBe(expected);
  });
});
