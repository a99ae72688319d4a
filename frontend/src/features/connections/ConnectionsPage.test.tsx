import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppStateProvider } from '../../lib/appState';
import { initI18n, type Language } from '../../lib/i18n';
import ConnectionsPage from './ConnectionsPage';

const backend = {
  State: vi.fn(),
  SaveConnectWise: vi.fn(),
  SaveSophos: vi.fn(),
  RemoveSecret: vi.fn(),
  TestConnectWise: vi.fn(),
  TestSophos: vi.fn(),
  SwitchMode: vi.fn(async (_demo: boolean) => {}),
};
const reloadAt = vi.fn((_hash: string) => {});

vi.mock('../../wailsjs/go/app/ConnectionsService', () => ({
  State: () => backend.State(),
  SaveConnectWise: (f: unknown) => backend.SaveConnectWise(f),
  SaveSophos: (f: unknown) => backend.SaveSophos(f),
  RemoveSecret: (s: string) => backend.RemoveSecret(s),
  TestConnectWise: (f: unknown) => backend.TestConnectWise(f),
  TestSophos: (f: unknown) => backend.TestSophos(f),
  SwitchMode: (d: boolean) => backend.SwitchMode(d),
}));
vi.mock('../../lib/reload', () => ({ reloadAt: (h: string) => reloadAt(h) }));

const empty = {
  demo: false,
  keychain: { available: true },
  connectWise: { site: '', companyId: '', clientId: '', publicKeySet: false, privateKeySet: false },
  sophos: { clientId: '', clientSecretSet: false },
};
const saved = {
  ...empty,
  connectWise: {
    site: 'na.myconnectwise.net',
    companyId: 'acme',
    clientId: 'cid-1',
    publicKeySet: true,
    privateKeySet: true,
  },
  sophos: { clientId: 'sophos-id', clientSecretSet: true },
};

const info = (demo: boolean) => ({
  version: '1.0.0',
  demo,
  welcome: false,
  dataDir: '/data',
  databasePath: '/data/psabridge.db',
  logDir: '/data/logs',
  schemaVersion: 4,
  os: 'linux',
  arch: 'amd64',
});

async function renderPage(opts: { demo?: boolean; language?: Language } = {}) {
  await initI18n(opts.language ?? 'de');
  render(
    <MemoryRouter>
      <AppStateProvider info={info(opts.demo ?? false)} languageChoice={opts.language ?? 'de'} theme="system">
        <ConnectionsPage />
      </AppStateProvider>
    </MemoryRouter>,
  );
}

const form = (name: string) => screen.findByRole('form', { name });

describe('Verbindungen', () => {
  beforeEach(() => {
    for (const fn of Object.values(backend)) fn.mockReset();
    reloadAt.mockClear();
  });

  it('saves the ConnectWise account and never shows the keys again', async () => {
    backend.State.mockResolvedValue(empty);
    backend.SaveConnectWise.mockResolvedValue(saved);
    await renderPage();
    const cw = await form('ConnectWise PSA');
    await userEvent.type(within(cw).getByLabelText('Site'), 'na.myconnectwise.net');
    await userEvent.type(within(cw).getByLabelText('Firmen-ID'), 'acme');
    await userEvent.type(within(cw).getByLabelText('Öffentlicher Schlüssel'), 'pub-1');
    await userEvent.type(within(cw).getByLabelText('Privater Schlüssel'), 'priv-1');
    await userEvent.type(within(cw).getByLabelText('Client-ID'), 'cid-1');
    await userEvent.click(within(cw).getByRole('button', { name: 'Speichern' }));

    expect(backend.SaveConnectWise).toHaveBeenCalledWith({
      site: 'na.myconnectwise.net',
      companyId: 'acme',
      publicKey: 'pub-1',
      privateKey: 'priv-1',
      clientId: 'cid-1',
    });
    expect(await screen.findByText('Gespeichert.')).toBeTruthy();
    const priv = within(cw).getByLabelText('Privater Schlüssel') as HTMLInputElement;
    expect(priv.value).toBe('');
    expect(priv.type).toBe('password');
    expect(within(cw).getByRole('button', { name: 'Privater Schlüssel entfernen' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('priv-1');
  });

  it('names missing fields before calling the backend; a stored key need not be typed again', async () => {
    backend.State.mockResolvedValue({ ...saved, connectWise: { ...saved.connectWise, site: '' } });
    await renderPage();
    const cw = await form('ConnectWise PSA');
    await userEvent.click(within(cw).getByRole('button', { name: 'Speichern' }));
    const site = within(cw).getByLabelText('Site');
    expect(site.getAttribute('aria-invalid')).toBe('true');
    expect(within(cw).getAllByText('Bitte ausfüllen.')).toHaveLength(1); // the stored keys count as filled
    expect(backend.SaveConnectWise).not.toHaveBeenCalled();
  });

  it('asks for both keys again when the site or company ID differs from the saved one', async () => {
    backend.State.mockResolvedValue(saved);
    await renderPage();
    const cw = await form('ConnectWise PSA');
    const site = within(cw).getByLabelText('Site');
    await userEvent.clear(site);
    await userEvent.type(site, 'eu.myconnectwise.net');
    await userEvent.click(within(cw).getByRole('button', { name: 'Verbindung testen' }));
    expect(within(cw).getAllByText(/gelten nur für die gespeicherte Site und Firmen-ID/)).toHaveLength(2);
    expect(within(cw).getByLabelText('Öffentlicher Schlüssel').getAttribute('aria-invalid')).toBe('true');
    expect(within(cw).getByLabelText('Privater Schlüssel').getAttribute('aria-invalid')).toBe('true');
    expect(backend.TestConnectWise).not.toHaveBeenCalled();
    await userEvent.click(within(cw).getByRole('button', { name: 'Speichern' }));
    expect(backend.SaveConnectWise).not.toHaveBeenCalled();
  });

  it('shows a field the backend rejects next to that field', async () => {
    backend.State.mockResolvedValue(saved);
    backend.SaveConnectWise.mockRejectedValue(
      new Error('{"code":"invalid","field":"site","message":"ConnectWise requires HTTPS"}'),
    );
    await renderPage();
    const cw = await form('ConnectWise PSA');
    await userEvent.click(within(cw).getByRole('button', { name: 'Speichern' }));
    expect(await within(cw).findByText('ConnectWise requires HTTPS')).toBeTruthy();
    expect(within(cw).getByLabelText('Site').getAttribute('aria-invalid')).toBe('true');
  });

  it('replaces and removes a stored secret', async () => {
    backend.State.mockResolvedValue(saved);
    backend.SaveSophos.mockResolvedValue(saved);
    backend.RemoveSecret.mockResolvedValue({ ...saved, sophos: { clientId: 'sophos-id', clientSecretSet: false } });
    await renderPage();
    const sophos = await form('Sophos Central Partner');
    expect(within(sophos).getByText(/Leer lassen behält ihn/)).toBeTruthy();
    await userEvent.type(within(sophos).getByLabelText('Client-Secret'), 'new-secret');
    await userEvent.click(within(sophos).getByRole('button', { name: 'Speichern' }));
    expect(backend.SaveSophos).toHaveBeenCalledWith({ clientId: 'sophos-id', clientSecret: 'new-secret' });

    await userEvent.click(await within(sophos).findByRole('button', { name: 'Client-Secret entfernen' }));
    expect(backend.RemoveSecret).toHaveBeenCalledWith('sophos.clientSecret');
    expect(await within(sophos).findByText('Nicht gespeichert.')).toBeTruthy();
    expect(within(sophos).queryByRole('button', { name: 'Client-Secret entfernen' })).toBeNull();
  });

  it('reports what works and exactly what is wrong after a ConnectWise test', async () => {
    backend.State.mockResolvedValue(saved);
    backend.TestConnectWise.mockResolvedValue({
      ok: false,
      failure: 'catalog_permission',
      detail: 'The ConnectWise API member is not allowed (HTTP 403 …)',
      reachable: true,
      companyName: 'Acme MSP',
      version: 'v2025.1.10245',
      cloud: true,
      authOk: true,
      catalogReadable: false,
      catalogItems: 0,
    });
    await renderPage();
    const cw = await form('ConnectWise PSA');
    await userEvent.click(within(cw).getByRole('button', { name: 'Verbindung testen' }));
    // Empty key fields: the backend uses the stored keys.
    expect(backend.TestConnectWise).toHaveBeenCalledWith(
      expect.objectContaining({ publicKey: '', privateKey: '', site: 'na.myconnectwise.net' }),
    );
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('funktioniert nicht'));
    expect(status?.textContent).toContain('darf den Produktkatalog nicht lesen');
    expect(status?.textContent).toContain('Firma: Acme MSP');
    expect(status?.textContent).toContain('ConnectWise-Version: v2025.1.10245');
    expect(status?.textContent).toContain('Schlüssel und Client-ID akzeptiert');
  });

  it('says which kind of Sophos credential it is when it is not a partner, in English too', async () => {
    backend.State.mockResolvedValue(saved);
    backend.TestSophos.mockResolvedValue({
      ok: false,
      failure: 'not_partner',
      idType: 'tenant',
      tenantsRead: false,
      tenants: 0,
    });
    await renderPage({ language: 'en' });
    const sophos = await form('Sophos Central Partner');
    await userEvent.click(within(sophos).getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/belong to a single customer \(tenant\), not to a partner/)).toBeTruthy();
  });

  it('shows the partner id and customer count of a working Sophos credential', async () => {
    backend.State.mockResolvedValue(saved);
    backend.TestSophos.mockResolvedValue({
      ok: true,
      idType: 'partner',
      partnerId: 'p-123',
      tenantsRead: true,
      tenants: 39,
    });
    await renderPage();
    const sophos = await form('Sophos Central Partner');
    await userEvent.click(within(sophos).getByRole('button', { name: 'Verbindung testen' }));
    expect(await screen.findByText('Die Verbindung funktioniert.')).toBeTruthy();
    expect(screen.getByText('Partner-ID: p-123')).toBeTruthy();
    expect(screen.getByText('Kunden lesbar (39 Tenants)')).toBeTruthy();
  });

  it('says plainly when the keychain is missing and offers no save', async () => {
    backend.State.mockResolvedValue({ ...empty, keychain: { available: false, message: 'no Secret Service' } });
    await renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Schlüsselbund des Systems ist nicht verfügbar');
    expect(alert.textContent).toContain('nie in einer Datei');
    expect(alert.textContent).toContain('no Secret Service');
    for (const name of ['ConnectWise PSA', 'Sophos Central Partner']) {
      const save = within(await form(name)).getByRole('button', { name: 'Speichern' });
      expect(save.hasAttribute('disabled') || save.getAttribute('aria-disabled') === 'true').toBe(true);
    }
  });

  it('in demo mode offers to set up a connection, which switches to real data', async () => {
    await renderPage({ demo: true });
    expect(screen.getByText(/zeigt gerade Demo-Daten/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'ConnectWise PSA' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Verbindung einrichten' }));
    expect(backend.SwitchMode).toHaveBeenCalledWith(false);
    expect(reloadAt).toHaveBeenCalledWith('#/connections');
    expect(backend.State).not.toHaveBeenCalled();
  });

  it('with real accounts offers demo data', async () => {
    backend.State.mockResolvedValue(saved);
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Demo-Daten verwenden' }));
    expect(backend.SwitchMode).toHaveBeenCalledWith(true);
    expect(reloadAt).toHaveBeenCalledWith('#/');
  });
});
