import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/ErrorBox';
import { api, toAppError, type SyncLine, type SyncPreview, type TransferFormat } from '../../lib/api';
import { syncLinesOf } from './syncLines';
import { ExportMenu } from './TransferButtons';

/**
 * "Exportieren" for the usage sync page (a preview) and the history page (a past run): writes
 * the lines shown as XLSX or CSV behind the native save dialog. title names the sheet
 * (at most 31 characters), e.g. "Vorschau 2026-11".
 */
export function ExportSyncLinesMenu(props: { title: string; lines: SyncLine[] }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const exportAs = async (format: TransferFormat) => {
    setMessage(null);
    try {
      const path = await api.exportSyncLines(props.title, format, props.lines);
      if (path) setMessage({ error: false, text: t('transfer.exported', { path }) });
    } catch (e) {
      setMessage({ error: true, text: t('transfer.failed', { message: toAppError(e).message }) });
    }
  };
  return (
    <>
      <ExportMenu onChoose={(f) => void exportAs(f)} isDisabled={props.lines.length === 0} />
      {message &&
        (message.error ? (
          <ErrorBox message={message.text} />
        ) : (
          <p role="status" className="saved">
            {message.text}
          </p>
        ))}
    </>
  );
}

/** The usage sync page's export of its preview (UsageSyncPage's exportAction slot). */
export function ExportPreviewMenu({ preview }: { preview: SyncPreview }) {
  const { t } = useTranslation();
  return (
    <ExportSyncLinesMenu
      title={t('transfer.previewSheet', { month: preview.month })}
      lines={syncLinesOf(preview.rows)}
    />
  );
}
