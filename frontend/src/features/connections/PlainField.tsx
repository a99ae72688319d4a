import { FieldError, Input, Label, TextField } from 'react-aria-components';

/** A connection setting that is not secret (site, company ID, client ID): shown as saved. */
export function PlainField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
  placeholder?: string;
}) {
  return (
    <TextField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isDisabled={props.disabled}
      autoComplete="off"
      spellCheck="false"
    >
      <Label>{props.label}</Label>
      <Input className="input" placeholder={props.placeholder} />
      <FieldError className="field-error" />
    </TextField>
  );
}
