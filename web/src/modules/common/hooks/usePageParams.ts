import { useState } from 'react';

/** Page number (1-based) and page size turned into `skip`/`take`. */
export function usePageParams(pageSize: number) {
  const [page, setPage] = useState(1);
  return { page, setPage, skip: (page - 1) * pageSize, take: pageSize, pageSize };
}
