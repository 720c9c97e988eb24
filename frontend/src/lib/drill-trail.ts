/** A unit on a drill-down path. */
export interface TrailUnit {
  id: number;
  name: string;
}

/**
 * A drill-down path as it lives in the URL, `unit=12:长庆街,345:前进社区` — the names ride along so the
 * breadcrumb needs no request, and Back returns to the previous level. A bare `unit=12` (a link from the
 * dashboard) is a path of one whose name the page fills in from its data.
 */
export function parseTrail(value: string | null): TrailUnit[] {
  return (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [id, ...name] = part.split(':');
      return { id: Number(id), name: name.join(':') };
    })
    .filter((u) => Number.isInteger(u.id) && u.id > 0);
}

export function formatTrail(units: readonly TrailUnit[]): string | undefined {
  return units.map((u) => (u.name ? `${u.id}:${u.name}` : String(u.id))).join(',') || undefined;
}
