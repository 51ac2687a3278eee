import { ValidateBy, ValidateIf } from 'class-validator';

/** The name of the rule IsOmittable adds: a null where the schema does not allow it. */
export const NOT_NULL = 'notNull';

const NotNull = () =>
  ValidateBy({
    name: NOT_NULL,
    validator: {
      validate: (value: unknown) => value !== null,
      defaultMessage: (args) => `${args?.property ?? 'value'} must not be null`,
    },
  });

/**
 * The field may be left out, but when present it must pass the other rules — null included,
 * refused as "<field> must not be null". (class-validator's @IsOptional would let `null` through
 * and wipe a required value.)
 */
export const IsOmittable = (): PropertyDecorator => (target, propertyKey) => {
  ValidateIf((_object: object, value: unknown) => value !== undefined)(target, propertyKey);
  NotNull()(target, propertyKey);
};

/** The field may be left out or set to null (to clear it); any other value must pass the other rules. */
export const IsNullable = () => ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);
