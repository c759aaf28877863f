process.env.BATON_QUIET = 'true';
// The suites may share a loaded CI machine: a request waits longer for a pooled connection than in
// production, so a burst of 200 concurrent requests queues instead of failing (the pool stays 10).
process.env.BATON_DB_CONNECT_TIMEOUT_MS ??= '60000';
