import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ProductSuggestion } from '../../lib/api';
import { acceptSuggestion, type Staged, type ViewRow } from './staging';

interface Props {
  rows: ViewRow[];
  suggestions: ReadonlyMap<string, ProductSuggestion>;
  onStage(changes: [string, Staged][]): void;
  onClear(): void;
}

/**
 * What can be done to the selected rows in one go. Everything is staged like a single
 * row's change, so Save (or Discard) still decides; nothing here writes to ConnectWise.
 */
export function BulkActions({ rows, suggestions, onStage, onClear }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const mapped = rows.filter((r) => r.mapped);
  const suggested = rows.flatMap((r) => {
    const s = r.mapped ? undefined : suggestions.get(r.productKey);
    return s ? [[r.productKey, s] as const] : [];
  });
  const acceptAll = () => onStage(suggested.map(([key, s]) => [key, acceptSuggestion(s)]));
  const sync = (on: boolean) => onStage(mapped.map((r) => [r.productKey, { syncEnabled: on }]));
  return (
    <div className="bulk-actions" role="group" aria-label={t('configureTable.bulk.label')}>
      <strong>{t('configureTable.bulk.selected', { count: rows.length })}</strong>
      <Button className="button small" isDisabled={mapped.length === 0} onPress={() => sync(true)}>
        {t('configureTable.bulk.syncOn')}
      </Button>
      <Button className="button small" isDisabled={mapped.length === 0} onPress={() => sync(false)}>
        {t('configureTable.bulk.syncOff')}
      </Button>
      <Button className="button small" isDisabled={suggested.length === 0} onPress={acceptAll}>
        {t('configureTable.bulk.accept', { count: suggested.length })}
      </Button>
      <Button
        className="button small"
        isDisabled={mapped.length === 0}
        onPress={() => onStage(mapped.map((r) => [r.productKey, { mapping: { kind: 'remove' }, syncEnabled: false }]))}
      >
        {t('configureTable.bulk.remove')}
      </Button>
      <Button className="button small" onPress={onClear}>
        {t('configureTable.bulk.clear')}
      </Button>
    </div>
  );
}
