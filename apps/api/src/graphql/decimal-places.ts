import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals: the nearest double to one, as a client sends it.
 * Written with toFixed, because class-validator's `IsNumber({ maxDecimalPlaces })` reads the
 * decimals off `toString()` and throws on a number printed in exponent form, such as 1e-7
 * (typestack/class-validator#1705), which turned such an input into an INTERNAL error.
 */
export function hasAtMostDecimalPlaces(value: unknown, places: number): boolean {
  return (
    typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value
  );
}

export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimalPlaces',
      constraints: [places],
      validator: {
        validate: (value) => hasAtMostDecimalPlaces(value, places),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a number with at most ${places} decimal places`,
          options,
        ),
      },
    },
    options,
  );
}
