// German is the seed's language and the source of every UI string. The English file must
// have exactly the same keys (checked by the type system and a test).
const de = {
  app: {
    name: 'PSA Bridge',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
    loadFailed: 'Laden fehlgeschlagen: {{message}}',
    startFailed: 'PSA Bridge konnte nicht starten: {{message}}',
    retry: 'Erneut versuchen',
  },
  demo: {
    badge: 'Demo',
    banner: 'Demo-Modus: Alle Daten stammen aus der eingebauten Sandbox. Nichts wird an ConnectWise oder Sophos gesendet.',
  },
  nav: {
    label: 'Hauptnavigation',
    psaIntegration: 'PSA-Integration',
    details: 'Details zu ConnectWise',
    configure: 'Nutzungssynchronisierung konfigurieren',
    connections: 'Verbindungen',
    settings: 'Einstellungen',
  },
  details: {
    title: 'Details zu ConnectWise',
    configure: 'Konfigurieren',
    summary: 'Zustand',
    connection: 'Verbindung',
    connectionDemo: 'Demo-Sandbox',
    connectionNotSetUp: 'Nicht eingerichtet',
    catalog: 'Katalog-Cache',
    catalogNever: 'Noch nicht geladen',
    products: 'Sophos-Produkte',
    mapped: 'Zugeordnet',
    unmapped: 'Nicht zugeordnet',
    syncOn: 'Synchronisierung an',
    newProducts: 'Neu',
    lastSync: 'Letzte Nutzungssynchronisierung',
    never: 'Noch nie',
  },
  catalog: {
    items_one: '{{formatted}} Produkt',
    items_other: '{{formatted}} Produkte',
    updated: 'Aktualisiert {{age}}',
    notConnected: 'Keine ConnectWise-Verbindung eingerichtet.',
    offline: 'Offline: ConnectWise ist nicht erreichbar. Der lokale Katalog wird weiter verwendet.',
    failed: 'Aktualisierung fehlgeschlagen: {{message}}',
    refresh: 'Aktualisieren',
    fullRefresh: 'Komplett neu laden',
    cancel: 'Abbrechen',
    progress: '{{done}} von {{total}}',
    phase: {
      lookups: 'Stammdaten werden geladen …',
      items: 'Produkte werden geladen …',
      sweep: 'Gelöschte Produkte werden gesucht …',
      finished: 'Fertig',
    },
  },
  configure: {
    title: 'Nutzungssynchronisierung konfigurieren',
    empty: 'Noch keine Sophos-Produkte bekannt. Sie erscheinen hier, sobald Nutzungsdaten aus Sophos Central gelesen wurden.',
  },
  connections: {
    title: 'Verbindungen',
    demoNote: 'Im Demo-Modus verbindet sich PSA Bridge mit der eingebauten ConnectWise- und Sophos-Sandbox.',
    notSetUp: 'Noch keine Verbindung eingerichtet.',
  },
  settings: {
    title: 'Einstellungen',
    language: 'Sprache',
    languageSystem: 'Systemsprache',
    theme: 'Erscheinungsbild',
    themeSystem: 'Wie das System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    about: 'Über PSA Bridge',
    version: 'Version',
    mode: 'Modus',
    modeDemo: 'Demo',
    modeLive: 'Echte Konten',
    dataDir: 'Datenordner',
    database: 'Datenbank',
    logDir: 'Protokolle',
    schemaVersion: 'Schema-Version',
  },
  languageNames: { de: 'Deutsch', en: 'English' },
} as const;

/** The shape every locale must have: the same keys, any strings. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof de>;

export default de satisfies Messages;
