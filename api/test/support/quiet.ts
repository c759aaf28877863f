process.env.BATON_QUIET = 'true';
