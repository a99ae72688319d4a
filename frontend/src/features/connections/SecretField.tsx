import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * A key or secret. It never shows a stored value (the backend does not send one): it says
 * whether one is saved, takes a new one to replace it, and offers to remove it.
 */
export function SecretField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  isSet: boolean;
  onRemove: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="secret-field">
      <TextField
        className="field"
        name={props.name}
        type="password"
        value={props.value}
        onChange={props.onChange}
        isDisabled={props.disabled}
        autoComplete="off"
        spellCheck="false"
      >
        <Label>{props.label}</Label>
        <Input className="input" />
        <Text slot="description" className="field-hint">
          {props.isSet ? t('connections.secretSet') : t('connections.secretNotSet')}
        </Text>
        <FieldError className="field-error" />
      </TextField>
      {props.isSet && (
        <Button
          className="button small"
          aria-label={t('connections.remove', { field: props.label })}
          isDisabled={props.disabled}
          onPress={props.onRemove}
        >
          {t('connections.removeShort')}
        </Button>
      )}
    </div>
  );
}
