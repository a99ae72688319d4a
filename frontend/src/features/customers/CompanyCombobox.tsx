import { useCallback, useState } from 'react';
import { ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, type CompanyMatch } from '../../lib/api';
import { Highlight } from '../../components/Highlight';
import { minQueryLength, useTypeahead } from '../../lib/useTypeahead';
import type { CompanyRef } from './staging';

/** A row's ConnectWise company: a combobox over the cached companies (two characters, instant). */
export function CompanyCombobox(props: { label: string; company: CompanyRef | null; onPick(c: CompanyMatch): void }) {
  const { t } = useTranslation();
  const shownName = props.company?.name ?? '';
  const [text, setText] = useState(shownName);
  const [lastShown, setLastShown] = useState(shownName);
  // Follow the row when it changes from outside (suggestion accepted, discard, save).
  if (lastShown !== shownName) {
    setLastShown(shownName);
    setText(shownName);
  }
  const find = useCallback(
    async (q: string) => ({ items: (await api.customerCompanySearch(q, false)) ?? [], hasMore: false }),
    [],
  );
  const search = useTypeahead<CompanyMatch>(text === shownName ? '' : text, find);
  const shown = search.kind === 'done' || search.kind === 'loading' ? search : null;
  const found = shown?.items ?? [];
  // The options mark the text they answer, so they are drawn again when a reply arrives,
  // not on every keystroke while the search runs.
  const answered = shown?.query ?? '';
  // The row's company stays in the collection, so the combobox can always resolve it (and
  // does not reopen when its name is put into the box).
  const current: CompanyMatch | null = props.company
    ? { ...props.company, status: '', inactive: props.company.inactive ?? false }
    : null;
  const items = current && !found.some((c) => c.id === current.id) ? [current, ...found] : found;
  const empty =
    search.kind === 'short'
      ? t('customers.company.minChars', { min: minQueryLength })
      : search.kind === 'loading'
        ? t('customers.company.searching')
        : search.kind === 'error'
          ? t('customers.company.searchFailed', { message: search.error.message })
          : t('customers.company.noMatches');
  return (
    <ComboBox
      className="field cu-combobox"
      aria-label={props.label}
      inputValue={text}
      onInputChange={setText}
      items={items}
      selectedKey={current?.id ?? null}
      onSelectionChange={(key) => {
        const c = items.find((it) => it.id === key);
        if (!c) return;
        setText(c.name);
        props.onPick(c);
      }}
      onBlur={() => setText(shownName)}
      allowsEmptyCollection
      menuTrigger="input"
    >
      <Input className="text-input cu-input" placeholder={t('customers.company.placeholder')} />
      <Popover className="popover pd-popover" placement="bottom start">
        <ListBox<CompanyMatch>
          className="listbox"
          dependencies={[answered]}
          renderEmptyState={() => <p className="pd-empty-state">{empty}</p>}
        >
          {(c) => (
            <ListBoxItem id={c.id} textValue={c.name} className="listbox-item pd-option">
              <span className="pd-option-desc">
                <Highlight text={c.name} query={answered} />
              </span>
              <span className="pd-option-id">
                <Highlight text={c.identifier} query={answered} />
              </span>
              {c.inactive && <span className="badge pd-badge-inactive">{t('customers.company.inactive')}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
