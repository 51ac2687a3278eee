import { Role } from '../../api/models';

/** From most to least rights; labels are `role.<role>`, explanations `members.roleHelp.<role>`. */
export const ROLES: readonly Role[] = ['owner', 'editor', 'contributor', 'viewer'];
