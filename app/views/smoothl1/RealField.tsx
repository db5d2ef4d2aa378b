import type { ComponentProps } from 'react';
import { NumberField } from '../../components/NumberField';
import { readReal } from '../../url/fields';

type Props = Omit<ComponentProps<typeof NumberField>, 'integer' | 'parse'>;

/** A NumberField for real numbers that also reads fractions such as `1/9`. */
export function RealField(props: Props) {
  return <NumberField {...props} integer={false} parse={readReal} />;
}
