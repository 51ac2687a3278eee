import { AreaKey, Principle, ServiceType } from '../../api/models';

/** The ten recommendation areas in the guidance's order, then the cross-cutting social-sector theme. */
export const AREA_KEYS: readonly AreaKey[] = ['POL', 'LAW', 'SVC', 'FIN', 'WFD', 'PSY', 'DRG', 'INF', 'CIV', 'RES', 'SOC'];

export const PRINCIPLES: readonly Principle[] = [
  'legal_capacity',
  'non_coercion',
  'community_inclusion',
  'participation',
  'recovery',
];

export const SERVICE_TYPES: readonly ServiceType[] = [
  'crisis',
  'hospital',
  'community_centre',
  'peer_support',
  'outreach',
  'supported_living',
  'network',
];
