import { useCallback, useState } from 'react';
import { Button, FieldError, Input, Label, NumberField, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from '../../components/DialogShell';
import { ErrorBox } from '../../components/ErrorBox';
import { LoadView } from '../../components/LoadView';
import { api, toAppError, type AppError, type SyncSettings, type SyncSettingsState } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { formatDay, formatMonth, formatRunTime } from './dates';

type Schedule = SyncSettings['schedule'];

/** "Einstellungen für die ConnectWise-Nutzungssynchronisierung": when the usage sync runs and what it bills. */
export function SyncSettingsDialog(props: {
  isOpen: boolean;
  onClose(): void;
  onSaved?(state: SyncSettingsState): void;
}) {
  const { t } = useTranslation();
  return (
    <DialogShell isOpen={props.isOpen} onClose={props.onClose} title={t('syncSettings.title')} size="wide">
      <Loaded {...props} />
    </DialogShell>
  );
}

function Loaded(props: { onClose(): void; onSaved?(state: SyncSettingsState): void }) {
  const load = useLoad(api.syncSettings);
  return <LoadView load={load}>{(state) => <SettingsForm state={state} {...props} />}</LoadView>;
}

function SettingsForm(props: { state: SyncSettingsState; onClose(): void; onSaved?(state: SyncSettingsState): void }) {
  const { t, i18n } = useTranslation();
  const { state } = props;
  const [settings, setSettings] = useState<SyncSettings>(state.settings);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  // What the edited settings mean, asked of the backend on every change (Go owns the rules).
  const outlookLoad = useLoad(useCallback(() => api.syncOutlook(settings), [settings]));
  const outlook =
    outlookLoad.state === 'ready' ? outlookLoad.data : outlookLoad.state === 'loading' ? state.outlook : null;
  const setSchedule = (change: Partial<Schedule>) =>
    setSettings((s) => ({ ...s, schedule: { ...s.schedule, ...change } }));
  const { schedule } = settings;
  const lang = i18n.language;

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await api.saveSyncSettings(settings);
      props.onSaved?.(saved);
      props.onClose();
    } catch (e) {
      setSaveError(toAppError(e));
      setSaving(false);
    }
  };

  const number = (v: number) => (Number.isNaN(v) ? 0 : v);
  return (
    <form
      className="sync-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {state.demo && (
        <p className="sync-settings-note" role="note">
          {t('syncSettings.demo')}
        </p>
      )}
      <RadioGroup
        className="field"
        value={schedule.frequency}
        onChange={(v) => setSchedule({ frequency: v as Schedule['frequency'] })}
      >
        <Label>{t('syncSettings.frequency')}</Label>
        <Radio className="radio" value="monthly-invoice">
          {t('syncSettings.monthlyInvoice')}
        </Radio>
        <Text slot="description" className="field-hint sync-settings-indent">
          {t('syncSettings.monthlyInvoiceHint')}
        </Text>
        <Radio className="radio" value="monthly">
          {t('syncSettings.monthly')}
        </Radio>
        <Radio className="radio" value="daily">
          {t('syncSettings.daily')}
        </Radio>
        <Radio className="radio" value="off">
          {t('syncSettings.off')}
        </Radio>
      </RadioGroup>

      {schedule.frequency === 'monthly' && (
        <NumberField
          className="field sync-settings-indent"
          value={schedule.dayOfMonth}
          onChange={(v) => setSchedule({ dayOfMonth: number(v) })}
          minValue={1}
          maxValue={28}
          step={1}
        >
          <Label>{t('syncSettings.day')}</Label>
          <Input className="text-input sync-settings-number" />
          <Text slot="description" className="field-hint">
            {t('syncSettings.dayHint')}
          </Text>
          <FieldError className="field-error" />
        </NumberField>
      )}

      {schedule.frequency !== 'off' && (
        <div role="group" aria-labelledby="sync-time-label" className="field">
          <span id="sync-time-label" className="sync-settings-label">
            {t('syncSettings.timeOfDay')}
          </span>
          <div className="sync-settings-time">
            <NumberField
              className="field"
              value={schedule.hour}
              onChange={(v) => setSchedule({ hour: number(v) })}
              minValue={0}
              maxValue={23}
              step={1}
              formatOptions={{ minimumIntegerDigits: 2 }}
            >
              <Label>{t('syncSettings.hour')}</Label>
              <Input className="text-input sync-settings-number" />
            </NumberField>
            <NumberField
              className="field"
              value={schedule.minute}
              onChange={(v) => setSchedule({ minute: number(v) })}
              minValue={0}
              maxValue={59}
              step={1}
              formatOptions={{ minimumIntegerDigits: 2 }}
            >
              <Label>{t('syncSettings.minute')}</Label>
              <Input className="text-input sync-settings-number" />
            </NumberField>
          </div>
        </div>
      )}

      <div className="sync-settings-columns">
        <RadioGroup
          className="field"
          value={schedule.effectiveDate}
          onChange={(v) => setSchedule({ effectiveDate: v as Schedule['effectiveDate'] })}
        >
          <Label>{t('syncSettings.effectiveDate')}</Label>
          <Radio className="radio" value="first-of-billing-month">
            {t('syncSettings.effectiveFirst')}
          </Radio>
          <Radio className="radio" value="run-day">
            {t('syncSettings.effectiveRunDay')}
          </Radio>
        </RadioGroup>
        <RadioGroup
          className="field"
          value={schedule.billedMonth}
          onChange={(v) => setSchedule({ billedMonth: v as Schedule['billedMonth'] })}
        >
          <Label>{t('syncSettings.billedMonth')}</Label>
          <Radio className="radio" value="current">
            {t('syncSettings.billCurrent')}
          </Radio>
          <Radio className="radio" value="previous">
            {t('syncSettings.billPrevious')}
          </Radio>
        </RadioGroup>
        <RadioGroup
          className="field"
          value={settings.quantityField}
          onChange={(v) => setSettings((s) => ({ ...s, quantityField: v as SyncSettings['quantityField'] }))}
        >
          <Label>{t('syncSettings.quantity')}</Label>
          <Radio className="radio" value="billable">
            {t('syncSettings.quantityBillable')}
          </Radio>
          <Radio className="radio" value="actual">
            {t('syncSettings.quantityActual')}
          </Radio>
        </RadioGroup>
      </div>

      {outlook && (
        <div className="pd-facts sync-settings-outlook" role="status">
          {outlook.nextRun > 0 ? (
            <p>
              <strong>{t('syncSettings.nextRun', { date: formatRunTime(outlook.nextRun, lang) })}</strong>{' '}
              {t('syncSettings.nextRunBills', {
                month: formatMonth(outlook.billedMonth, lang),
                date: formatDay(outlook.additionDate, lang),
              })}
            </p>
          ) : (
            <p>{t('syncSettings.noRun')}</p>
          )}
        </div>
      )}
      {outlook && outlook.firewallWarnings.length > 0 && (
        <div className="pd-alert sync-settings-firewall">
          <p>{t('syncSettings.firewallWarning')}</p>
          <ul>
            {outlook.firewallWarnings.map((p) => (
              <li key={p.code}>{p.description || p.code}</li>
            ))}
          </ul>
        </div>
      )}
      {outlookLoad.state === 'error' && <ErrorBox message={outlookLoad.error.message} />}

      {!state.demo && <TaskLine task={state.task} />}
      {saveError && <ErrorBox message={t('syncSettings.saveFailed', { message: saveError.message })} />}

      <div className="pd-actions">
        <Button type="submit" className="button primary" isDisabled={saving} isPending={saving}>
          {saving ? t('syncSettings.saving') : t('syncSettings.save')}
        </Button>
        <Button className="button" onPress={props.onClose}>
          {t('syncSettings.cancel')}
        </Button>
      </div>
    </form>
  );
}

function TaskLine({ task }: { task: SyncSettingsState['task'] }) {
  const { t } = useTranslation();
  if (task.problem) return <p className="muted">{t('syncSettings.taskProblem', { message: task.problem })}</p>;
  return (
    <p className="muted">
      {task.installed
        ? t('syncSettings.taskInstalled', { mechanism: task.mechanism, name: task.name })
        : t('syncSettings.taskMissing', { mechanism: task.mechanism })}
    </p>
  );
}
