// Italian job titles, for mail the language detector reads as English (Italian has no cue table of
// its own): "Offerta di impiego – Responsabile Data Engineering" names its title in a subject part
// that starts with an Italian title noun, as Spanish and Portuguese subjects do.
import type { TitleWords } from "./cues";

export const ITALIAN_TITLES: TitleWords = {
  before: "posizione di|ruolo di|posto di|candidatura per|candidatura a|selezione per|colloquio per",
  heads:
    "Responsabile|Ingegnere|Sviluppatore|Sviluppatrice|Analista|Direttore|Direttrice|Progettista|Consulente|Specialista|Tecnico|Tecnica|Coordinatore|Coordinatrice|Architetto|Amministratore|Amministratrice|Addetto|Addetta|Capo",
  stops:
    "il|lo|la|i|gli|le|un|uno|una|di|da|in|con|su|per|tra|fra|del|della|dei|delle|al|alla|nel|nella|presso|è|sono|sarà|che|e|o|ma|come|suo|sua|nostro|nostra|vostro|vostra|posizione|ruolo|posto|candidatura|selezione|colloquio|offerta|proposta|impiego|lavoro|aggiornamento|conferma|invito",
};
