import { useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/ErrorBox';
import {
  api,
  toAppError,
  type AppError,
  type ImportResult,
  type TransferFormat,
  type TransferKind,
} from '../../lib/api';
import { changeCount, ImportResultDialog } from './ImportResultDialog';

/** The format menu of an "Exportieren" button; onChoose runs the export behind the native save dialog. */
export function ExportMenu(props: { onChoose(format: TransferFormat): void; isDisabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <MenuTrigger>
      <Button className="button" isDisabled={props.isDisabled}>
        {t('transfer.export')} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <Menu className="listbox" onAction={(key) => props.onChoose(key as TransferFormat)}>
          <MenuItem id="xlsx" className="listbox-item">
            {t('transfer.exportXlsx')}
          </MenuItem>
          <MenuItem id="csv" className="listbox-item">
            {t('transfer.exportCsv')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

type Outcome =
  { kind: 'exported'; path: string } | { kind: 'staged'; count: number } | { kind: 'error'; error: AppError };

/**
 * "Exportieren" and "Importieren" of a page's mappings. Import checks the whole file and shows
 * every problem, or the changes, which onStage hands to the page to stage like manual edits
 * (result.products on the configure page, result.customers on the customers page).
 */
export function TransferButtons(props: { kind: TransferKind; onStage(result: ImportResult): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setOutcome(null);
    try {
      await work();
    } catch (e) {
      setOutcome({ kind: 'error', error: toAppError(e) });
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: TransferFormat) =>
    run(async () => {
      const path = await api.exportMappings(props.kind, format);
      if (path) setOutcome({ kind: 'exported', path });
    });
  const importFile = () =>
    run(async () => {
      const checked = await api.importMappings(props.kind);
      if (!checked.cancelled) setResult(checked);
    });

  return (
    <>
      <ExportMenu onChoose={(f) => void exportAs(f)} isDisabled={busy} />
      <Button className="button" isDisabled={busy} onPress={() => void importFile()}>
        {busy ? t('transfer.importing') : t('transfer.import')}
      </Button>
      {outcome && (
        <div className="transfer-outcome">
          {outcome.kind === 'error' ? (
            <ErrorBox message={t('transfer.failed', { message: outcome.error.message })} />
          ) : (
            <p role="status" className="saved">
              {outcome.kind === 'exported'
                ? t('transfer.exported', { path: outcome.path })
                : t('transfer.staged', { count: outcome.count })}
            </p>
          )}
        </div>
      )}
      {result && (
        <ImportResultDialog
          result={result}
          onClose={() => setResult(null)}
          onStage={() => {
            props.onStage(result);
            setOutcome({ kind: 'staged', count: changeCount(result) });
            setResult(null);
          }}
        />
      )}
    </>
  );
}
