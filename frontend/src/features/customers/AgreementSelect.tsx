import { useCallback } from 'react';
import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, type AgreementOption } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import type { AgreementRef } from './staging';

/**
 * A row's agreement: the chosen company's agreements with name, type and status. Cancelled,
 * expired and inactive ones are listed and marked, but only selectable when showEnded is on.
 */
export function AgreementSelect(props: {
  label: string;
  companyId: number;
  agreementId: number;
  showEnded: boolean;
  onPick(a: AgreementRef): void;
}) {
  const { t } = useTranslation();
  const { companyId } = props;
  const loader = useCallback(() => api.customerAgreements(companyId), [companyId]);
  const load = useLoad(companyId ? loader : null);
  const options: AgreementOption[] = load.state === 'ready' ? (load.data ?? []) : [];
  const disabled = props.showEnded
    ? []
    : options.filter((a) => !a.usable && a.id !== props.agreementId).map((a) => a.id);
  const meta = (a: AgreementOption) =>
    [a.typeName, a.problem ? t(`customers.problem.${a.problem as 'agreement_cancelled'}`) : a.status]
      .filter(Boolean)
      .join(' · ');
  return (
    <Select
      className="field cu-select"
      aria-label={props.label}
      isDisabled={!companyId}
      placeholder={companyId ? t('customers.agreement.choose') : t('customers.agreement.needsCompany')}
      selectedKey={props.agreementId || null}
      disabledKeys={disabled}
      onSelectionChange={(key) => {
        const a = options.find((o) => o.id === key);
        if (a) props.onPick({ id: a.id, name: a.name, problem: a.problem || undefined });
      }}
    >
      <Button className="select-button cu-select-button">
        <SelectValue className="cu-select-text">
          {({ selectedText, defaultChildren, isPlaceholder }) => (isPlaceholder ? defaultChildren : selectedText)}
        </SelectValue>
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox
          className="listbox"
          items={options}
          renderEmptyState={() => <p className="pd-empty-state">{t('customers.agreement.none')}</p>}
        >
          {(a) => (
            <ListBoxItem id={a.id} textValue={a.name} className={a.usable ? 'listbox-item' : 'listbox-item cu-ended'}>
              {a.name}
              <span className="cu-option-meta">{meta(a)}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
