import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Filters } from './filter-tasks.js';

const keys: (keyof Filters)[] = ['unit', 'status', 'colour', 'dueBefore', 'q', 'section'];

/** The plan page's task filters, kept in the address (so a filtered list can be linked and survives a reload). */
export function usePlanFilters(): { filters: Filters; setFilters: (f: Filters) => void; params: URLSearchParams } {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters: Filters = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, new URLSearchParams(search).get(k) ?? undefined]).filter(([, v]) => v)),
    [search],
  );
  const setFilters = (f: Filters) =>
    setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>, { replace: true });
  return { filters, setFilters, params };
}
