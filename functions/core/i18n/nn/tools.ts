import type { ToolStrings } from "../schema";

/** Words of the grant calculators; conditions, amounts and rule titles are in `rules.ts`. */
export const tools: ToolStrings = { title: "Tilskotskalkulatorar", lead: "Rekn ut og sjekk vilkår for tilskotsordningane. Satsar og fristar blir henta frå regelkatalogen.", places: "Tal på plassar", months: "Tal på månader", calculate: "Rekn ut", result: "Tilskot", conditions: "Vilkår å sjekke", deadlinePassed: "Fristen er ute", lookup: "Finn kommunen (nummer frå 2022 eller i dag, eller namn)", search: "Søk", noMatch: "Fann ingen kommune.", notInTable: "Kommunen er ikkje blant dei ti som fekk tilskotet.", amount: "Beløp" };
