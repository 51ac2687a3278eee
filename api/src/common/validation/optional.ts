import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it must pass the other rules — null included.
 * (class-validator's @IsOptional would let `null` through and wipe a required value.)
 */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** The field may be left out or set to null (to clear it); any other value must pass the other rules. */
export const IsNullable = () => ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);
