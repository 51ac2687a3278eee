import { OrganisationKind } from '../../api/models';

/** In the order a picker lists them; labels are `organisationKind.<kind>`. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['ministry', 'ngo', 'opd', 'donor', 'other'];
