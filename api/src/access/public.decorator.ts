import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a route that needs no sign-in (login, health). Every other route requires a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
