import { memo, useContext, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CatalogMatch } from '../../../lib/api';
import { amountFormatter } from '../../../lib/parseAmount';
import { CatalogNote } from './CatalogNote';
import { DialogShell } from '../../../components/DialogShell';
import { Highlight } from '../../../components/Highlight';
import { minQueryLength } from '../../../lib/useTypeahead';
import { useCatalogSearch, type SearchState } from './useCatalogSearch';
import { errorText } from '../../../lib/errorText';

export type ItemRef = Pick<CatalogMatch, 'id' | 'identifier' | 'description'>;

export interface MapDialogProps {
  isOpen: boolean;
  product: { productKey: string; description: string };
  /** The ConnectWise product mapped now; offers "Zuordnung entfernen" when set. */
  current?: ItemRef;
  onClose(): void;
  onApply(item: ItemRef): void;
  onRemove(): void;
}

/** "Sophos-Produkt einem ConnectWise-Produkt zuordnen": pick a product from the local catalog. */
export function MapDialog(props: MapDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogShell isOpen={props.isOpen} onClose={props.onClose} title={t('productDialogs.map.title')} isDismissable>
      <MapBody {...props} />
    </DialogShell>
  );
}

function MapBody(props: MapDialogProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [chosen, setChosen] = useState<CatalogMatch | null>(null);
  const search = useCatalogSearch(text, includeInactive);

  // The options on show and the text they answer (while a search runs, the last reply's).
  const shown = search.kind === 'done' || search.kind === 'loading' ? search : null;
  const found = shown?.items ?? [];
  const answered = shown?.query ?? '';
  const price = useMemo(() => amountFormatter(i18n.language), [i18n.language]);
  // The chosen product stays in the collection, so the combobox can always resolve it.
  const items = chosen && !found.some((it) => it.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <>
      <dl className="pd-facts">
        <dt>{t('productDialogs.fields.sophosProduct')}</dt>
        <dd>
          {props.product.description || props.product.productKey} <code>{props.product.productKey}</code>
        </dd>
        {props.current && (
          <>
            <dt>{t('productDialogs.map.current')}</dt>
            <dd>
              {props.current.description} <code>{props.current.identifier}</code>
            </dd>
          </>
        )}
      </dl>
      <CatalogNote />
      {/* Before the search box in tab order, so Tab from the box goes straight to "Anwenden". */}
      <Checkbox className="pd-checkbox" isSelected={includeInactive} onChange={setIncludeInactive}>
        <span className="pd-checkbox-box" aria-hidden="true" />
        {t('productDialogs.map.showInactive')}
      </Checkbox>
      <ComboBox
        className="field pd-combobox"
        inputValue={text}
        onInputChange={(value) => {
          setText(value);
          if (chosen && value !== chosen.identifier) setChosen(null);
        }}
        items={items}
        value={chosen?.id ?? null}
        onChange={(key) => {
          const item = items.find((it) => it.id === key);
          if (!item) return;
          setChosen(item);
          setText(item.identifier); // inputValue is controlled: show what was picked
        }}
        // Open on typing even before results arrive: the popup shows the hint, "searching"
        // and "Keine Treffer", and stays open when the results come in.
        allowsEmptyCollection
        menuTrigger="input"
        autoFocus
      >
        <Label>{t('productDialogs.map.product')}</Label>
        <SearchInput placeholder={t('productDialogs.map.placeholder')} onEscape={props.onClose} />
        <Text slot="description" className="field-hint">
          {chosen
            ? t('productDialogs.map.chosen', { identifier: chosen.identifier, description: chosen.description })
            : t('productDialogs.map.help')}
        </Text>
        {/* Always below the field: flipped up, the list would cover the dialog's title. */}
        <Popover className="popover pd-popover" placement="bottom start" shouldFlip={false}>
          <ListBox<CatalogMatch>
            className="listbox"
            // The options highlight the text they answer, so they are drawn again only when
            // a reply arrives, not on every keystroke while the search runs.
            dependencies={[answered, price]}
            // Which text the shown options answer (the e2e test times keystroke → options by it).
            data-query={shown ? answered : undefined}
            renderEmptyState={() => <p className="pd-empty-state">{stateText(search, t)}</p>}
          >
            {(item) => (
              <ListBoxItem id={item.id} textValue={item.identifier} className="listbox-item pd-option">
                <OptionContent item={item} query={answered} price={price} except={props.product.productKey} />
              </ListBoxItem>
            )}
          </ListBox>
          {shown?.hasMore && (
            <p className="pd-more" role="note">
              {t('configureDialogs.moreResults')}
            </p>
          )}
        </Popover>
      </ComboBox>
      <div className="pd-actions">
        <Button className="button primary" isDisabled={!chosen} onPress={() => chosen && props.onApply(ref(chosen))}>
          {t('productDialogs.apply')}
        </Button>
        <Button className="button" onPress={props.onClose}>
          {t('productDialogs.cancel')}
        </Button>
        {props.current && (
          <Button className="button pd-danger" onPress={props.onRemove}>
            {t('productDialogs.map.remove')}
          </Button>
        )}
      </div>
    </>
  );
}

/**
 * The search box. Escape closes the open list first and the dialog second: React Aria's own
 * Escape reverts the text, and as the text is controlled here the list would open again at
 * once, while the dialog never heard the key (defect 8).
 */
function SearchInput(props: { placeholder: string; onEscape(): void }) {
  const state = useContext(ComboBoxStateContext);
  return (
    <Input
      className="text-input pd-input"
      placeholder={props.placeholder}
      onKeyDownCapture={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        if (state?.isOpen)
          state.toggle(); // closes without touching the text
        else props.onEscape();
      }}
    />
  );
}

/**
 * One option: identifier and description with the matched parts marked, price and unit
 * (to tell 1-month and 1-year variants apart), inactive, and where it is mapped already.
 * Memoized: the list draws twenty of these on every reply.
 */
const OptionContent = memo(function OptionContent(props: {
  item: CatalogMatch;
  query: string;
  price: (value: number) => string;
  except: string;
}) {
  const { t } = useTranslation();
  const { item, query } = props;
  return (
    <>
      <span className="pd-option-id">
        <Highlight text={item.identifier} query={query} />
      </span>
      <span className="pd-option-desc">
        <Highlight text={item.description} query={query} />
      </span>
      <span className="pd-option-price">
        {[props.price(item.price), item.unitOfMeasure].filter(Boolean).join(' / ')}
      </span>
      {item.inactive && <span className="badge pd-badge-inactive">{t('productDialogs.map.inactive')}</span>}
      <AlreadyMapped item={item} except={props.except} />
    </>
  );
});

/** "bereits zugeordnet: …": the other Sophos products this ConnectWise product is mapped to. */
function AlreadyMapped(props: { item: CatalogMatch; except: string }) {
  const { t } = useTranslation();
  const others = (props.item.mappedTo ?? []).filter((m) => m.productKey !== props.except);
  if (others.length === 0) return null;
  return (
    <span className="pd-option-note">
      {t('configureDialogs.alreadyMapped', { products: others.map((m) => m.description || m.productKey).join(', ') })}
    </span>
  );
}

/** What the empty popup says for the search state. */
function stateText(search: SearchState, t: TFunction): string {
  switch (search.kind) {
    case 'short':
      return t('productDialogs.map.minChars', { min: minQueryLength });
    case 'loading':
      return t('productDialogs.map.searching');
    case 'error':
      return t('productDialogs.map.searchFailed', { message: errorText(search.error, t) });
    default:
      return t('productDialogs.map.noMatches');
  }
}

const ref = (item: CatalogMatch): ItemRef => ({
  id: item.id,
  identifier: item.identifier,
  description: item.description,
});
