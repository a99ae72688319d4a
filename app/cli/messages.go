package cli

import "fmt"

// messages are the command line's strings, German and English with the same keys
// (TestMessagesComplete checks). Format verbs must match between the two languages.
var messages = map[Lang]map[string]string{
	English: {
		"usage": `PSA Bridge %s — Sophos Central usage into ConnectWise PSA

Usage:
  psa-bridge                                   open the window
  psa-bridge refresh  [--data-dir DIR] [--demo]
  psa-bridge sync     [--month YYYY-MM] [--apply] [--json] [--data-dir DIR] [--demo]
  psa-bridge export   FILE.csv|FILE.xlsx [--kind products|customers] [--data-dir DIR] [--demo]
  psa-bridge import   FILE.csv|FILE.xlsx [--kind products|customers] [--apply] [--data-dir DIR] [--demo]
  psa-bridge schedule show|install|remove [--data-dir DIR]
  psa-bridge --help | --version

refresh   bring the local copies up to date: catalog, companies, agreements, tenants, usage, products
sync      show what the usage sync of a month would write (nothing is written);
          with --apply write it to ConnectWise; --json prints one JSON document
export    write the product or customer mappings to a CSV or XLSX file
import    check a mapping file and show what would change; --apply saves it
schedule  show, install or remove the operating system task that runs "sync --apply"

Exit codes: 0 done; 3 done, but some items failed or conflicted;
2 bad arguments or configuration; 1 unexpected error (see the log).

Connections come from the data folder as set up in the window; each setting can also come
from the environment, which wins:
  %s
`,
		"err.unknownCommand":                "unknown command %q; see psa-bridge --help",
		"err.args":                          "psa-bridge %s: %v",
		"err.extraArg":                      "psa-bridge %s: unexpected argument %q",
		"err.missingFile":                   "psa-bridge %s: name the file, for example mappings.xlsx",
		"err.month":                         "--month %q is not a month of the form YYYY-MM",
		"err.monthNotStored":                "Sophos has no usage for %s: the usage history covers the last 24 months up to this month",
		"err.notConnected":                  "%s is not connected: set it up in the window under Verbindungen [Connections], or set %s",
		"err.busy":                          "a sync run is in progress for this data folder; try again when it has finished",
		"err.kind":                          "--kind must be products or customers, got %q",
		"err.format":                        "%q: the file name must end in .csv or .xlsx",
		"err.open":                          "cannot read %s: %v",
		"err.rejected":                      "%s was rejected, nothing was imported; %d problem(s):",
		"err.internal":                      "unexpected error (reference %s): %v — details are in the log in %s",
		"err.panic":                         "unexpected error (reference %s) — details are in the log in %s",
		"err.refresh":                       "refreshing %s failed, nothing was synced: %v",
		"err.settings":                      "the saved sync settings cannot be used: %v",
		"err.scheduleAction":                "psa-bridge schedule: say show, install or remove",
		"err.scheduleOff":                   "the sync schedule is off: choose a schedule in the window (Synchronisierungseinstellungen [Sync settings]) first",
		"err.noScheduler":                   "no scheduler found: neither a systemd user instance nor crontab is available",
		"err.schedule":                      "the scheduled task could not be changed: %v",
		"part.catalog":                      "Catalog",
		"part.customers":                    "Companies and agreements",
		"part.tenants":                      "Sophos tenants",
		"part.usage":                        "Usage history",
		"part.products":                     "Sophos products",
		"refresh.header":                    "What\tResult",
		"refresh.notConnected":              "not connected",
		"refresh.failed":                    "failed: %v",
		"refresh.catalog":                   "%d items (%d changed)",
		"refresh.customers":                 "%d companies, %d agreements",
		"refresh.tenants":                   "%d tenants (%d new, %d gone)",
		"refresh.usage":                     "%d months read, %d kept",
		"refresh.products":                  "%d products",
		"sync.preview":                      "Usage sync for %s — preview, nothing has been written",
		"sync.applied":                      "Usage sync for %s — run %d: %s",
		"sync.header":                       "Customer\tProduct\tAgreement\tSophos\tCurrent\tNew\tAction\tNote",
		"sync.noRows":                       "No customer and product is synced for this month.",
		"sync.skipped":                      "Skipped (%d):",
		"sync.counts":                       "create %d · update %d · unchanged %d · skip %d · failed %d · conflict %d",
		"sync.hintApply":                    "Run it again with --apply to write these changes to ConnectWise.",
		"sync.error":                        "error: %s",
		"action.create":                     "create",
		"action.update":                     "update",
		"action.unchanged":                  "unchanged",
		"action.skip":                       "skip",
		"action.failed":                     "failed",
		"action.conflict":                   "conflict",
		"result.succeeded":                  "succeeded",
		"result.partial":                    "partly done",
		"result.failed":                     "failed",
		"result.cancelled":                  "cancelled",
		"reason.product_unmapped":           "product not mapped",
		"reason.product_sync_off":           "product sync off",
		"reason.tenant_unknown":             "tenant unknown",
		"reason.customer_unmapped":          "customer not mapped",
		"reason.customer_sync_off":          "customer sync off",
		"reason.agreement_not_found":        "agreement not found",
		"reason.agreement_other_company":    "agreement of another company",
		"reason.agreement_cancelled":        "agreement cancelled",
		"reason.agreement_expired":          "agreement expired",
		"reason.several_additions":          "several additions: choose one in the window",
		"reason.managed_addition_cancelled": "addition cancelled in ConnectWise",
		"reason.managed_addition_deleted":   "addition deleted in ConnectWise",
		"reason.create_in_doubt":            "earlier create not settled",
		"reason.additions_unreadable":       "agreement could not be read",
		"reason.changed_since_preview":      "changed in ConnectWise since the preview",
		"reason.no_usage":                   "no usage this month: set to 0",
		"export.done":                       "%s: %d %s written",
		"kind.products":                     "products",
		"kind.customers":                    "customers",
		"import.none":                       "%s: %s — the file is valid, nothing would change",
		"import.preview":                    "%s: %s — %d mapping(s) would change; run again with --apply to save:",
		"import.applied":                    "%s: %s — %d mapping(s) saved:",
		"import.header":                     "Line\tId\tBefore\tAfter",
		"import.warning":                    "note: %s",
		"mapping.none":                      "—",
		"mapping.syncOn":                    "sync on",
		"mapping.syncOff":                   "sync off",
		"schedule.setting":                  "Schedule:\t%s",
		"schedule.next":                     "Next run:\t%s",
		"schedule.noNext":                   "Next run:\tnone",
		"schedule.month":                    "Month billed:\t%s",
		"schedule.scheduler":                "Scheduler:\t%s (%s)",
		"schedule.installed":                "installed",
		"schedule.notInstalled":             "not installed",
		"schedule.file":                     "Task file:\t%s",
		"schedule.installDone":              "The scheduled task is installed; next run %s.",
		"schedule.removeDone":               "The scheduled task of this data folder is removed.",
		"freq.monthly-invoice":              "with the Sophos monthly invoice (day %d, %02d:%02d)",
		"freq.monthly":                      "once a month on day %d, %02d:%02d",
		"freq.daily":                        "once a day, %02d:%02d",
		"freq.off":                          "off",
		"billed.current":                    "the month of the run",
		"billed.previous":                   "the month before the run",
	},
	German: {
		"usage": `PSA Bridge %s — Sophos-Central-Nutzung nach ConnectWise PSA

Aufruf:
  psa-bridge                                   öffnet das Fenster
  psa-bridge refresh  [--data-dir ORDNER] [--demo]
  psa-bridge sync     [--month JJJJ-MM] [--apply] [--json] [--data-dir ORDNER] [--demo]
  psa-bridge export   DATEI.csv|DATEI.xlsx [--kind products|customers] [--data-dir ORDNER] [--demo]
  psa-bridge import   DATEI.csv|DATEI.xlsx [--kind products|customers] [--apply] [--data-dir ORDNER] [--demo]
  psa-bridge schedule show|install|remove [--data-dir ORDNER]
  psa-bridge --help | --version

refresh   lokale Kopien aktualisieren: Katalog, Firmen, Verträge, Tenants, Nutzung, Produkte
sync      zeigt, was die Nutzungssynchronisierung eines Monats schreiben würde (es wird nichts
          geschrieben); mit --apply wird es in ConnectWise geschrieben; --json gibt ein JSON-Dokument aus
export    Produkt- oder Kundenzuordnungen in eine CSV- oder XLSX-Datei schreiben
import    eine Zuordnungsdatei prüfen und zeigen, was sich ändern würde; --apply speichert sie
schedule  die Aufgabe des Betriebssystems für „sync --apply“ anzeigen, einrichten oder entfernen

Exit-Codes: 0 erledigt; 3 erledigt, aber einzelne Einträge fehlgeschlagen oder im Konflikt;
2 falsche Argumente oder Einstellungen; 1 unerwarteter Fehler (siehe Protokoll).

Die Verbindungen kommen aus dem Datenordner, wie im Fenster eingerichtet; jede Einstellung kann
auch aus der Umgebung kommen, die dann Vorrang hat:
  %s
`,
		"err.unknownCommand":                "unbekannter Befehl %q; siehe psa-bridge --help",
		"err.args":                          "psa-bridge %s: %v",
		"err.extraArg":                      "psa-bridge %s: unerwartetes Argument %q",
		"err.missingFile":                   "psa-bridge %s: bitte die Datei angeben, zum Beispiel zuordnungen.xlsx",
		"err.month":                         "--month %q ist kein Monat der Form JJJJ-MM",
		"err.monthNotStored":                "Sophos hat keine Nutzung für %s: der Nutzungsverlauf umfasst die letzten 24 Monate bis zu diesem Monat",
		"err.notConnected":                  "%s ist nicht verbunden: im Fenster unter Verbindungen einrichten oder %s setzen",
		"err.busy":                          "für diesen Datenordner läuft bereits eine Synchronisierung; bitte nach ihrem Ende erneut versuchen",
		"err.kind":                          "--kind muss products oder customers sein, nicht %q",
		"err.format":                        "%q: der Dateiname muss auf .csv oder .xlsx enden",
		"err.open":                          "%s kann nicht gelesen werden: %v",
		"err.rejected":                      "%s wurde abgelehnt, nichts wurde importiert; %d Problem(e):",
		"err.internal":                      "unerwarteter Fehler (Referenz %s): %v — Einzelheiten im Protokoll in %s",
		"err.panic":                         "unerwarteter Fehler (Referenz %s) — Einzelheiten im Protokoll in %s",
		"err.refresh":                       "Aktualisieren von %s fehlgeschlagen, nichts wurde synchronisiert: %v",
		"err.settings":                      "die gespeicherten Synchronisierungseinstellungen sind nicht verwendbar: %v",
		"err.scheduleAction":                "psa-bridge schedule: bitte show, install oder remove angeben",
		"err.scheduleOff":                   "der Synchronisierungsplan ist aus: zuerst im Fenster unter Synchronisierungseinstellungen einen Plan wählen",
		"err.noScheduler":                   "kein Zeitplaner gefunden: weder eine systemd-Benutzerinstanz noch crontab ist verfügbar",
		"err.schedule":                      "die geplante Aufgabe konnte nicht geändert werden: %v",
		"part.catalog":                      "Katalog",
		"part.customers":                    "Firmen und Verträge",
		"part.tenants":                      "Sophos-Tenants",
		"part.usage":                        "Nutzungsverlauf",
		"part.products":                     "Sophos-Produkte",
		"refresh.header":                    "Was\tErgebnis",
		"refresh.notConnected":              "nicht verbunden",
		"refresh.failed":                    "fehlgeschlagen: %v",
		"refresh.catalog":                   "%d Artikel (%d geändert)",
		"refresh.customers":                 "%d Firmen, %d Verträge",
		"refresh.tenants":                   "%d Tenants (%d neu, %d entfernt)",
		"refresh.usage":                     "%d Monate gelesen, %d behalten",
		"refresh.products":                  "%d Produkte",
		"sync.preview":                      "Nutzungssynchronisierung für %s — Vorschau, es wurde nichts geschrieben",
		"sync.applied":                      "Nutzungssynchronisierung für %s — Lauf %d: %s",
		"sync.header":                       "Kunde\tProdukt\tVertrag\tSophos\tAktuell\tNeu\tAktion\tHinweis",
		"sync.noRows":                       "Für diesen Monat wird kein Kunde und kein Produkt synchronisiert.",
		"sync.skipped":                      "Übersprungen (%d):",
		"sync.counts":                       "anlegen %d · ändern %d · unverändert %d · übersprungen %d · fehlgeschlagen %d · Konflikt %d",
		"sync.hintApply":                    "Mit --apply erneut ausführen, um diese Änderungen in ConnectWise zu schreiben.",
		"sync.error":                        "Fehler: %s",
		"action.create":                     "anlegen",
		"action.update":                     "ändern",
		"action.unchanged":                  "unverändert",
		"action.skip":                       "übersprungen",
		"action.failed":                     "fehlgeschlagen",
		"action.conflict":                   "Konflikt",
		"result.succeeded":                  "erfolgreich",
		"result.partial":                    "teilweise erledigt",
		"result.failed":                     "fehlgeschlagen",
		"result.cancelled":                  "abgebrochen",
		"reason.product_unmapped":           "Produkt nicht zugeordnet",
		"reason.product_sync_off":           "Produkt-Synchronisierung aus",
		"reason.tenant_unknown":             "Tenant unbekannt",
		"reason.customer_unmapped":          "Kunde nicht zugeordnet",
		"reason.customer_sync_off":          "Kunden-Synchronisierung aus",
		"reason.agreement_not_found":        "Vertrag nicht gefunden",
		"reason.agreement_other_company":    "Vertrag einer anderen Firma",
		"reason.agreement_cancelled":        "Vertrag gekündigt",
		"reason.agreement_expired":          "Vertrag abgelaufen",
		"reason.several_additions":          "mehrere Zusatzpositionen: im Fenster eine wählen",
		"reason.managed_addition_cancelled": "Zusatzposition in ConnectWise gekündigt",
		"reason.managed_addition_deleted":   "Zusatzposition in ConnectWise gelöscht",
		"reason.create_in_doubt":            "frühere Anlage nicht geklärt",
		"reason.additions_unreadable":       "Vertrag konnte nicht gelesen werden",
		"reason.changed_since_preview":      "seit der Vorschau in ConnectWise geändert",
		"reason.no_usage":                   "keine Nutzung in diesem Monat: auf 0 gesetzt",
		"export.done":                       "%s: %d %s geschrieben",
		"kind.products":                     "Produkte",
		"kind.customers":                    "Kunden",
		"import.none":                       "%s: %s — die Datei ist gültig, nichts würde sich ändern",
		"import.preview":                    "%s: %s — %d Zuordnung(en) würden sich ändern; mit --apply erneut ausführen, um zu speichern:",
		"import.applied":                    "%s: %s — %d Zuordnung(en) gespeichert:",
		"import.header":                     "Zeile\tId\tVorher\tNachher",
		"import.warning":                    "Hinweis: %s",
		"mapping.none":                      "—",
		"mapping.syncOn":                    "Sync an",
		"mapping.syncOff":                   "Sync aus",
		"schedule.setting":                  "Plan:\t%s",
		"schedule.next":                     "Nächster Lauf:\t%s",
		"schedule.noNext":                   "Nächster Lauf:\tkeiner",
		"schedule.month":                    "Abgerechneter Monat:\t%s",
		"schedule.scheduler":                "Zeitplaner:\t%s (%s)",
		"schedule.installed":                "eingerichtet",
		"schedule.notInstalled":             "nicht eingerichtet",
		"schedule.file":                     "Aufgabendatei:\t%s",
		"schedule.installDone":              "Die geplante Aufgabe ist eingerichtet; nächster Lauf %s.",
		"schedule.removeDone":               "Die geplante Aufgabe dieses Datenordners ist entfernt.",
		"freq.monthly-invoice":              "mit der monatlichen Sophos-Rechnung (Tag %d, %02d:%02d)",
		"freq.monthly":                      "einmal im Monat am Tag %d, %02d:%02d",
		"freq.daily":                        "einmal täglich, %02d:%02d",
		"freq.off":                          "aus",
		"billed.current":                    "der Monat des Laufs",
		"billed.previous":                   "der Monat vor dem Lauf",
	},
}

// printer formats the command line's strings in one language.
type printer struct{ lang Lang }

// T is the message key in the printer's language, formatted with args. A key missing from
// the catalog shows itself, which TestMessagesComplete prevents.
func (p printer) T(key string, args ...any) string {
	format, ok := messages[p.lang][key]
	if !ok {
		format, ok = messages[English][key]
	}
	if !ok {
		return key
	}
	return fmt.Sprintf(format, args...)
}

// has reports whether the catalog has key (for reason codes a newer engine may add).
func (p printer) has(key string) bool {
	_, ok := messages[p.lang][key]
	return ok
}
