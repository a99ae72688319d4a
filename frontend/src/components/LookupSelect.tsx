import type { Key } from 'react-aria-components';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface Choice {
  id: Key;
  name: string;
}

/** A labelled select over lookup choices (category, type …), with its error and hint. */
export function LookupSelect(props: {
  name: string;
  label: string;
  choices: Choice[];
  value: Key | null;
  onChange(id: Key): void;
  isRequired?: boolean;
  hint?: string;
  className?: string;
}) {
  return (
    <Select
      className={['field', props.className].filter(Boolean).join(' ')}
      name={props.name}
      value={props.value}
      onChange={(key) => {
        if (key !== null) props.onChange(key);
      }}
      isRequired={props.isRequired}
    >
      <Label>{props.label}</Label>
      <Button className="select-button pd-select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      {props.hint && (
        <Text slot="description" className="field-hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="field-error" />
      <Popover className="popover pd-popover">
        <ListBox className="listbox" items={props.choices}>
          {(c) => (
            <ListBoxItem id={c.id} textValue={c.name} className="listbox-item">
              {c.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
