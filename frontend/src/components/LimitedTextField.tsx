import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { textLength } from '../lib/textLength';

/** A text field that shows how many characters ConnectWise still accepts. */
export function LimitedTextField(props: {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  max: number | undefined;
  isRequired?: boolean;
  multiline?: boolean;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatNumber(n, i18n.language);
  const left = props.max === undefined ? undefined : props.max - textLength(props.value);
  const count =
    left === undefined
      ? ''
      : left >= 0
        ? t('field.remaining', { count: left, formatted: fmt(left), max: fmt(props.max ?? 0) })
        : t('field.over', { count: -left, formatted: fmt(-left), max: fmt(props.max ?? 0) });
  const hint = props.isRequired ? count : [t('field.optional'), count].filter(Boolean).join(' · ');

  return (
    <TextField
      className={['field', props.className].filter(Boolean).join(' ')}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired}
    >
      {({ isInvalid }) => (
        <>
          <Label>{props.label}</Label>
          {props.multiline ? (
            <TextArea className="text-input pd-input" rows={4} />
          ) : (
            <Input className="text-input pd-input" />
          )}
          {/* Once the field has an error message, that message says it: one red line, not two. */}
          {!isInvalid && (
            <Text slot="description" className={left !== undefined && left < 0 ? 'field-hint pd-over' : 'field-hint'}>
              {hint}
            </Text>
          )}
          <FieldError className="field-error" />
        </>
      )}
    </TextField>
  );
}
