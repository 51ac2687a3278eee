/** The guidance's ten recommendation areas in its order, then the cross-cutting social-sector theme. */
export const AREA_KEYS = ['POL', 'LAW', 'SVC', 'FIN', 'WFD', 'PSY', 'DRG', 'INF', 'CIV', 'RES', 'SOC'] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

/** SQL ordering expression placing areas in the guidance's order. */
export const AREA_ORDER_SQL = (column: string) => `array_position(ARRAY['${AREA_KEYS.join("','")}']::varchar[], ${column})`;
