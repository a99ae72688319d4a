import type { Messages } from './de';

// English labels follow Sophos Central's English UI where the seed names a control.
const en: Messages = {
  app: {
    name: 'PSA Bridge',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
    loadFailed: 'Loading failed: {{message}}',
    startFailed: 'PSA Bridge could not start: {{message}}',
    retry: 'Try again',
  },
  demo: {
    badge: 'Demo',
    banner: 'Demo mode: all data comes from the built-in sandbox. Nothing is sent to ConnectWise or Sophos.',
  },
  nav: {
    label: 'Main navigation',
    psaIntegration: 'PSA integration',
    details: 'ConnectWise details',
    configure: 'Configure usage synchronization',
    connections: 'Connections',
    settings: 'Settings',
  },
  details: {
    title: 'ConnectWise details',
    configure: 'Configure',
    summary: 'Status',
    connection: 'Connection',
    connectionDemo: 'Demo sandbox',
    connectionNotSetUp: 'Not set up',
    catalog: 'Catalog cache',
    catalogNever: 'Not loaded yet',
    products: 'Sophos products',
    mapped: 'Mapped',
    unmapped: 'Unmapped',
    syncOn: 'Sync on',
    newProducts: 'New',
    lastSync: 'Last usage sync',
    never: 'Never',
  },
  configure: {
    title: 'Configure usage synchronization',
    empty: 'No Sophos products known yet. They appear here once usage data has been read from Sophos Central.',
  },
  connections: {
    title: 'Connections',
    demoNote: 'In demo mode PSA Bridge connects to the built-in ConnectWise and Sophos sandboxes.',
    notSetUp: 'No connection set up yet.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'System language',
    theme: 'Appearance',
    themeSystem: 'Same as system',
    themeLight: 'Light',
    themeDark: 'Dark',
    about: 'About PSA Bridge',
    version: 'Version',
    mode: 'Mode',
    modeDemo: 'Demo',
    modeLive: 'Real accounts',
    dataDir: 'Data folder',
    database: 'Database',
    logDir: 'Logs',
    schemaVersion: 'Schema version',
  },
  languageNames: { de: 'Deutsch', en: 'English' },
};

export default en;
