import { PlanPermission } from '../../api/models';

/** A plan or step as the API sends it: with what the caller may do on it now. */
export interface WithPermissions {
  readonly myPermissions: readonly PlanPermission[];
}

/**
 * Whether the API says the caller may do this on the plan or step it sent. The web keeps no role
 * table of its own, so a change to the API's permissions changes what the pages offer.
 */
export function can(entity: WithPermissions | null | undefined, permission: PlanPermission): boolean {
  return !!entity && entity.myPermissions.includes(permission);
}
